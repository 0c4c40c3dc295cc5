package access

import (
	"slices"
)

// Role is what a user does in stelsel. The permissions of each role are in permissions.go.
type Role string

// The roles.
const (
	RoleAnalyst   Role = "analist"     // ECAD-P analyst: all units, queue and decisions
	RoleDetective Role = "rechercheur" // discrimination detective: assigned units
	RoleOfficer   Role = "basisteam"   // basisteam officer: own unit, coded registrations only
	RoleAuditor   Role = "auditor"     // the audit trail, no case content
	RoleAdmin     Role = "beheerder"   // users, lexicon, no case content
	RoleSystem    Role = "systeem"     // the operator's batch work: import, screening, exports

	// Complaints (package complaint).
	RoleComplaintCoordinator Role = "klachtencoordinator" // assesses, assigns and judges the unit's complaints
	RoleComplaintHandler     Role = "klachtbehandelaar"   // handles the unit's complaints in phase 1
	RoleCommissionMember     Role = "commissielid"        // complaints commission: only the cases sent to them
	RoleNDVAdviser           Role = "ndv_adviseur"        // diversity-network adviser: only the cases assigned
)

// Roles lists the roles a user can be given, in display order.
var Roles = []Role{RoleAnalyst, RoleDetective, RoleOfficer, RoleAuditor, RoleAdmin,
	RoleComplaintCoordinator, RoleComplaintHandler, RoleCommissionMember, RoleNDVAdviser}

// Label returns the Dutch name of the role.
func (r Role) Label() string {
	switch r {
	case RoleAnalyst:
		return "ECAD-P analist"
	case RoleDetective:
		return "Discriminatierechercheur"
	case RoleOfficer:
		return "Medewerker basisteam"
	case RoleAuditor:
		return "Auditor"
	case RoleAdmin:
		return "Beheerder"
	case RoleSystem:
		return "Systeem (batchverwerking)"
	case RoleComplaintCoordinator:
		return "Klachtencoördinator"
	case RoleComplaintHandler:
		return "Klachtbehandelaar"
	case RoleCommissionMember:
		return "Lid klachtencommissie"
	case RoleNDVAdviser:
		return "Adviseur Netwerk Divers Vakmanschap"
	}
	return string(r)
}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	return slices.Contains(Roles, r) || r == RoleSystem
}

// Actor is the acting user of a service call. The zero Actor is anonymous and may do
// nothing.
type Actor struct {
	UserID   int64
	Username string
	Name     string
	Role     Role
	// Units are the unit codes the actor works for: a detective's assigned units, an
	// officer's own unit. Roles with national scope ignore them.
	Units []string
	// Team is an officer's basisteam, when known.
	Team string
}

// System returns the actor for batch work started by the operator from the command line.
// It is written to the audit trail like any other actor.
func System(name string) Actor {
	if name == "" {
		name = "system"
	}
	return Actor{Username: name, Name: "systeem (" + name + ")", Role: RoleSystem}
}

// Anonymous reports whether the actor is nobody.
func (a Actor) Anonymous() bool { return a.Role == "" }

// String returns the username, for logs and the audit trail.
func (a Actor) String() string {
	if a.Username == "" {
		return "anoniem"
	}
	return a.Username
}
