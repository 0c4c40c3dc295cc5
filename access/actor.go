package access

import (
	"slices"
	"strings"
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
	RolePolicy    Role = "beleid"      // policy staff: figures and commitments, no case content
	RoleSystem    Role = "systeem"     // the operator's batch work: import, screening, exports

	// Complaints (package complaint).
	RoleComplaintCoordinator Role = "klachtencoordinator" // assesses, assigns and judges the unit's complaints
	RoleComplaintHandler     Role = "klachtbehandelaar"   // handles the unit's complaints in phase 1
	RoleCommissionMember     Role = "commissielid"        // complaints commission: only the cases sent to them
	RoleNDVAdviser           Role = "ndv_adviseur"        // diversity-network adviser: only the cases assigned
)

// The roles of the integrity system (VIK). Every logged-in user also holds RoleEmployee
// implicitly: an employee may always file an integrity report.
const (
	RoleEmployee         Role = "medewerker"          // files integrity reports, follows their own
	RoleIntake           Role = "vik-meldpunt"        // VIK intake desk: receives, acknowledges, registers
	RoleTriage           Role = "vik-triage"          // casescreening: proposes and decides the route
	RoleInvestigator     Role = "vik-onderzoeker"     // disciplinary (and orienting) investigations
	RoleCrimInvestigator Role = "vik-strafrechtelijk" // criminal investigator working for the OM
	RoleLTIO             Role = "ltio"                // national team, escalated cases across units
	RoleManager          Role = "leidinggevende"      // functioning track of the own team
	RoleJurist           Role = "vik-jurist"          // advice in the disciplinary chain
	RoleCompetent        Role = "bevoegd-gezag"       // competent authority: decides, transfers
	RoleCounsellor       Role = "vertrouwenspersoon"  // confidential counsellor
)

// Roles lists the roles a user can be given, in display order.
var Roles = []Role{RoleAnalyst, RoleDetective, RoleOfficer, RoleAuditor, RoleAdmin, RolePolicy,
	RoleEmployee, RoleIntake, RoleTriage, RoleInvestigator, RoleCrimInvestigator, RoleLTIO,
	RoleManager, RoleJurist, RoleCompetent, RoleCounsellor,
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
	case RolePolicy:
		return "Beleidsmedewerker"
	case RoleSystem:
		return "Systeem (batchverwerking)"
	case RoleEmployee:
		return "Medewerker"
	case RoleIntake:
		return "VIK-meldpunt (intake)"
	case RoleTriage:
		return "VIK-casescreener (triage)"
	case RoleInvestigator:
		return "VIK-onderzoeker (disciplinair)"
	case RoleCrimInvestigator:
		return "Rechercheur strafrechtelijk onderzoek"
	case RoleLTIO:
		return "LTIO (landelijk team)"
	case RoleManager:
		return "Leidinggevende"
	case RoleJurist:
		return "VIK-jurist"
	case RoleCompetent:
		return "Bevoegd gezag"
	case RoleCounsellor:
		return "Vertrouwenspersoon"
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

// ParseRoles reads a comma-separated list of roles ("vik-triage,vik-jurist"), without
// duplicates, in the order given. It does not validate them.
func ParseRoles(s string) []Role {
	var out []Role
	for _, p := range strings.Split(s, ",") {
		if r := Role(strings.TrimSpace(p)); r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// JoinRoles is the inverse of ParseRoles.
func JoinRoles(roles []Role) string {
	s := make([]string, len(roles))
	for i, r := range roles {
		s[i] = string(r)
	}
	return strings.Join(s, ",")
}

// Actor is the acting user of a service call. The zero Actor is anonymous and may do
// nothing.
type Actor struct {
	UserID   int64
	Username string
	Name     string
	// Role is the primary role (the first of Roles), kept for display and for callers
	// that name one role. Permission checks use every role the actor holds.
	Role Role
	// Roles are all roles of the user; empty means just Role.
	Roles []Role
	// Units are the unit codes the actor works for: a detective's assigned units, an
	// officer's own unit. Roles with national scope ignore them.
	Units []string
	// Team is an officer's basisteam, when known.
	Team string
	// TokenID is the API token the request came with (0: a session, the command line).
	// Every audit entry written for the actor carries it.
	TokenID int64
	// MustChangePassword: the session's user must choose a new password first (see
	// User.MustChangePassword); the web layer then serves only the change page.
	MustChangePassword bool
}

// System returns the actor for batch work started by the operator from the command line.
// It is written to the audit trail like any other actor.
func System(name string) Actor {
	if name == "" {
		name = "system"
	}
	return Actor{Username: name, Name: "systeem (" + name + ")", Role: RoleSystem}
}

// AllRoles returns every role the actor holds, including the implicit RoleEmployee of
// every logged-in user (not of the system operator).
func (a Actor) AllRoles() []Role {
	if a.Anonymous() {
		return nil
	}
	out := a.Roles
	if len(out) == 0 {
		out = []Role{a.Role}
	}
	if a.Role != RoleSystem && !slices.Contains(out, RoleEmployee) {
		out = append(slices.Clip(out), RoleEmployee)
	}
	return out
}

// HasRole reports whether the actor holds r (explicitly, or RoleEmployee implicitly).
func (a Actor) HasRole(r Role) bool { return slices.Contains(a.AllRoles(), r) }

// RoleLabels returns the Dutch names of the actor's explicit roles, comma-separated.
func (a Actor) RoleLabels() string {
	roles := a.Roles
	if len(roles) == 0 {
		roles = []Role{a.Role}
	}
	var n []string
	for _, r := range roles {
		n = append(n, r.Label())
	}
	return strings.Join(n, ", ")
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
