package access

import (
	"slices"

	"stelsel"
)

// Permission is an action on a kind of object.
type Permission string

// The permissions. Each domain service names the one it needs.
const (
	ReadQueue        Permission = "queue.read"         // list screened, undecided registrations
	ReadRegistration Permission = "registration.read"  // open one registration with its text and hits
	ReadCodedOnly    Permission = "registration.coded" // open only registrations that carry a code
	Decide           Permission = "registration.decide"
	ConfirmDecision  Permission = "registration.confirm" // the second pair of eyes
	ReadUnitList     Permission = "unitlist.read"
	ExportCodes      Permission = "codes.export"
	ImportData       Permission = "registration.import"
	RunScreening     Permission = "screening.run"
	ReadStatus       Permission = "status.read"
	ReadLexicon      Permission = "lexicon.read"
	ManageLexicon    Permission = "lexicon.manage"
	ReadAudit        Permission = "audit.read"
	ManageUsers      Permission = "users.manage"

	// Complaints (package complaint). A complaint is never shown to the employee it is
	// about, whatever the role; the complaint service checks that.
	ReadComplaint         Permission = "complaint.read"          // open complaints of a unit
	ReadAssignedComplaint Permission = "complaint.read_assigned" // open only complaints sent or assigned to the actor
	RegisterComplaint     Permission = "complaint.register"      // register a complaint received by phone, desk or letter
	AssessComplaint       Permission = "complaint.assess"        // take up or refuse (Awb 9:8), assign, send to the commission
	HandleComplaint       Permission = "complaint.handle"        // phase 1 steps, markers, letters, extensions
	AdviseComplaint       Permission = "complaint.advise"        // the commission's hearing and advice
	JudgeComplaint        Permission = "complaint.judge"         // the written judgement of the competent authority
	ComplaintFigures      Permission = "complaint.figures"       // counts for the half-year report

	// Help desks (package desk). Every logged-in user may read the desks and use the guide.
	ManageDesks Permission = "desk.manage"
)

// scope says how far a granted permission reaches.
type scope int

const (
	national scope = iota + 1 // every unit
	ownUnits                  // the actor's units only
)

// table is the permission table: role -> permission -> scope. It is the only place where
// roles get rights.
var table = map[Role]map[Permission]scope{
	RoleAnalyst: {
		ReadQueue: national, ReadRegistration: national, Decide: national, ConfirmDecision: national,
		ReadUnitList: national, ExportCodes: national, ReadStatus: national, ReadLexicon: national,
	},
	RoleDetective: {
		ReadRegistration: ownUnits, ReadUnitList: ownUnits, ReadStatus: ownUnits, ReadLexicon: national,
	},
	RoleOfficer: {
		ReadCodedOnly: ownUnits,
	},
	RoleAuditor: {
		ReadAudit: national,
	},
	RoleAdmin: {
		ManageUsers: national, ManageLexicon: national, ReadLexicon: national, ReadStatus: national,
		ManageDesks: national,
	},
	// complaint roles: begin
	RoleComplaintCoordinator: {
		ReadComplaint: ownUnits, RegisterComplaint: ownUnits, AssessComplaint: ownUnits, HandleComplaint: ownUnits,
		JudgeComplaint: ownUnits, ComplaintFigures: ownUnits,
	},
	RoleComplaintHandler: {
		ReadComplaint: ownUnits, RegisterComplaint: ownUnits, HandleComplaint: ownUnits,
	},
	RoleCommissionMember: {
		ReadAssignedComplaint: national, AdviseComplaint: national,
	},
	RoleNDVAdviser: {
		ReadAssignedComplaint: national,
	},
	// complaint roles: end
	RoleSystem: {
		ImportData: national, RunScreening: national, ExportCodes: national, ReadStatus: national,
		ReadLexicon: national, ManageUsers: national, ReadQueue: national, ReadUnitList: national,
		ReadRegistration: national, ReadAudit: national, ManageLexicon: national,
		ReadComplaint: national, RegisterComplaint: national, AssessComplaint: national, HandleComplaint: national,
		JudgeComplaint: national, ComplaintFigures: national, ManageDesks: national,
	},
}

// Has reports whether the actor's role grants p at all (for some unit).
func (a Actor) Has(p Permission) bool {
	_, ok := table[a.Role][p]
	return ok
}

// Require returns EUNAUTHORIZED for an anonymous actor, EFORBIDDEN when the role lacks p,
// and nil otherwise. Use it for actions on collections; use CanUnit for single objects.
func (a Actor) Require(p Permission) error {
	if a.Anonymous() {
		return stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if !a.Has(p) {
		return stelsel.Errorf(stelsel.EFORBIDDEN, "Uw rol (%s) geeft geen toegang tot deze pagina of handeling.", a.Role.Label())
	}
	return nil
}

// CanUnit reports whether the actor may do p on an object of the given unit. A service that
// gets false must answer as if the object did not exist (ENOTFOUND), so that existence does
// not leak.
func (a Actor) CanUnit(p Permission, unit string) bool {
	s, ok := table[a.Role][p]
	if !ok {
		return false
	}
	return s == national || slices.Contains(a.Units, unit)
}

// National reports whether p reaches every unit for this actor.
func (a Actor) National(p Permission) bool {
	return table[a.Role][p] == national
}

// UnitScope returns the units an actor may do p in: nil with all=true for national scope,
// the actor's units otherwise. Services use it to filter lists in SQL.
func (a Actor) UnitScope(p Permission) (units []string, all bool) {
	switch table[a.Role][p] {
	case national:
		return nil, true
	case ownUnits:
		return a.Units, false
	}
	return nil, false
}
