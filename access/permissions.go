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
	RecordFollowUp   Permission = "registration.followup" // the basisteam records the follow-up done (opvolging)
	ExportCodes      Permission = "codes.export"
	ImportData       Permission = "registration.import"
	RunScreening     Permission = "screening.run"
	ReadStatus       Permission = "status.read"
	ReadLexicon      Permission = "lexicon.read"
	ManageLexicon    Permission = "lexicon.manage"
	ReadAudit        Permission = "audit.read"
	ManageUsers      Permission = "users.manage"
	DrawSample       Permission = "sample.draw" // draw the period's sample of unflagged registrations (recall)

	// Figures (package report): counts without case content.
	ReadFigures       Permission = "figures.read"       // figures, publication form (small cells hidden)
	ExactFigures      Permission = "figures.exact"      // figures with exact small counts (internal)
	EstablishFigures  Permission = "figures.establish"  // vaststellen: freeze a year's figures as a snapshot
	ReadCommitments   Permission = "commitments.read"   // commitments, motions, earmarked budgets
	ManageCommitments Permission = "commitments.manage" // record status changes and spending

	// Complaints (package complaint). A complaint is never shown to the employee it is
	// about, whatever the role; the complaint service checks that.
	ReadComplaint     Permission = "complaint.read"     // open complaints (of a unit, or assigned: sent to the commission member, the NDV adviser)
	RegisterComplaint Permission = "complaint.register" // register a complaint received by phone, desk or letter
	AssessComplaint   Permission = "complaint.assess"   // take up or refuse (Awb 9:8), assign, send to the commission
	HandleComplaint   Permission = "complaint.handle"   // phase 1 steps, markers, letters, extensions
	AdviseComplaint   Permission = "complaint.advise"   // the commission's hearing and advice
	JudgeComplaint    Permission = "complaint.judge"    // the written judgement of the competent authority
	ComplaintFigures  Permission = "complaint.figures"  // counts for the half-year report

	// Help desks (package desk). Every logged-in user may read the desks and use the guide.
	ManageDesks Permission = "desk.manage"
)

// The permissions of the integrity system (package integrity). A track permission
// grants reading and writing that track's dossier; its scope says on which cases.
const (
	IntegrityReport    Permission = "integrity.report"    // file a report, follow one's own reports
	IntegrityIntake    Permission = "integrity.intake"    // register, acknowledge, see a confidential identity, postbox
	IntegrityReadCase  Permission = "integrity.case.read" // a case's intake and triage, without track dossiers
	IntegrityTriage    Permission = "integrity.triage"    // fill the checklist, decide the route
	IntegrityConfirm   Permission = "integrity.confirm"   // the second triage officer (four-eyes)
	IntegrityAssign    Permission = "integrity.assign"    // assign people to a case's tracks
	IntegrityTransfer  Permission = "integrity.transfer"  // decide a transfer of information between tracks
	IntegrityAdvise    Permission = "integrity.advise"    // jurist advice in the disciplinary chain
	IntegrityDecide    Permission = "integrity.decide"    // decisions of the competent authority
	IntegrityCare      Permission = "integrity.care"      // care and rights of the employee
	IntegrityClose     Permission = "integrity.close"     // close a case with its learning registration
	IntegritySignals   Permission = "integrity.signals"   // repeated-report signals
	IntegrityFigures   Permission = "integrity.figures"   // counts of the learning registration
	IntegrityFramework Permission = "integrity.framework" // the manager's handelingskader
	TrackFunctioning   Permission = "integrity.track.functioning"
	TrackOrienting     Permission = "integrity.track.orienting"
	TrackDisciplinary  Permission = "integrity.track.disciplinary"
	TrackCriminal      Permission = "integrity.track.criminal"
	TrackLTIO          Permission = "integrity.track.ltio"
)

// scope says how far a granted permission reaches.
type scope int

const (
	national scope = iota + 1 // every unit
	ownUnits                  // the actor's units only
	ownTeam                   // the actor's team within their unit only
	assigned                  // only the cases (tracks) the actor is assigned to, as data in the domain
)

// table is the permission table: role -> permission -> scope. It is the only place where
// roles get rights.
var table = map[Role]map[Permission]scope{
	RoleAnalyst: {
		ReadQueue: national, ReadRegistration: national, Decide: national, ConfirmDecision: national,
		ReadUnitList: national, ExportCodes: national, ReadStatus: national, ReadLexicon: national,
		ReadFigures: national, ExactFigures: national, DrawSample: national,
	},
	RoleDetective: {
		ReadRegistration: ownUnits, ReadUnitList: ownUnits, ReadStatus: ownUnits, ReadLexicon: national,
		ReadFigures: ownUnits, ExactFigures: ownUnits,
	},
	RoleOfficer: {
		ReadCodedOnly: ownUnits, RecordFollowUp: ownUnits,
	},
	RoleAuditor: {
		ReadAudit: national,
	},
	// Policy staff see figures in their publication form, never case content.
	RolePolicy: {
		ReadFigures: national, EstablishFigures: national, ReadCommitments: national, ManageCommitments: national,
		IntegrityFigures: national, ComplaintFigures: national, // the half-year report's counts
	},
	RoleAdmin: {
		ManageUsers: national, ManageLexicon: national, ReadLexicon: national, ReadStatus: national,
		ManageDesks: national,
	},
	// The integrity system (VIK). A user may hold several of these roles; every logged-in
	// user holds RoleEmployee.
	RoleEmployee: {
		IntegrityReport: national,
	},
	RoleIntake: {
		IntegrityIntake: ownUnits, IntegrityReadCase: ownUnits,
	},
	RoleTriage: {
		IntegrityReadCase: ownUnits, IntegrityTriage: ownUnits, IntegrityConfirm: ownUnits, IntegrityAssign: ownUnits,
		IntegritySignals: ownUnits, IntegrityFigures: ownUnits, IntegrityClose: ownUnits, TrackOrienting: ownUnits,
	},
	RoleInvestigator: {
		IntegrityReadCase: ownUnits, TrackOrienting: assigned, TrackDisciplinary: assigned, IntegrityCare: ownUnits,
		IntegrityClose: assigned,
	},
	RoleCrimInvestigator: {
		TrackCriminal: assigned,
	},
	RoleLTIO: {
		TrackLTIO: national, IntegrityCare: assigned, IntegrityFigures: national, IntegrityClose: assigned,
	},
	RoleManager: {
		TrackFunctioning: ownTeam, IntegrityFramework: ownTeam, IntegrityClose: ownTeam,
	},
	RoleJurist: {
		IntegrityReadCase: ownUnits, TrackDisciplinary: ownUnits, IntegrityAdvise: ownUnits,
	},
	RoleCompetent: {
		IntegrityReadCase: ownUnits, TrackDisciplinary: ownUnits, IntegrityDecide: ownUnits, IntegrityTransfer: ownUnits,
		IntegrityAssign: ownUnits, IntegritySignals: ownUnits, IntegrityFigures: ownUnits,
	},
	RoleCounsellor: {
		IntegrityCare: assigned,
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
		ReadComplaint: assigned, AdviseComplaint: assigned,
	},
	RoleNDVAdviser: {
		ReadComplaint: assigned,
	},
	// complaint roles: end
	RoleSystem: {
		IntegrityReport: national, IntegrityIntake: national, IntegrityReadCase: national, IntegrityTriage: national,
		IntegrityConfirm: national, IntegrityAssign: national, IntegrityFigures: national, IntegritySignals: national,
		ImportData: national, RunScreening: national, ExportCodes: national, ReadStatus: national,
		ReadLexicon: national, ManageUsers: national, ReadQueue: national, ReadUnitList: national,
		ReadRegistration: national, ReadAudit: national, ManageLexicon: national,
		ReadFigures: national, ExactFigures: national, EstablishFigures: national, ReadCommitments: national, ManageCommitments: national,
		ReadComplaint: national, RegisterComplaint: national, AssessComplaint: national, HandleComplaint: national,
		JudgeComplaint: national, ComplaintFigures: national, ManageDesks: national,
		DrawSample: national,
	},
}

// Reach is how far a permission reaches for an actor, taken over all the actor's roles.
// The zero Reach grants nothing.
type Reach struct {
	National bool // every unit
	OwnUnits bool // the actor's units
	OwnTeam  bool // the actor's team in their units
	Assigned bool // the objects the actor is assigned to (checked by the domain service)
}

// Any reports whether the reach grants anything at all.
func (r Reach) Any() bool { return r.National || r.OwnUnits || r.OwnTeam || r.Assigned }

// Reach returns the union of the scopes the actor's roles give for p.
func (a Actor) Reach(p Permission) Reach {
	var r Reach
	for _, role := range a.AllRoles() {
		switch table[role][p] {
		case national:
			r.National = true
		case ownUnits:
			r.OwnUnits = true
		case ownTeam:
			r.OwnTeam = true
		case assigned:
			r.Assigned = true
		}
	}
	return r
}

// Has reports whether any of the actor's roles grants p at all (for some unit or object).
func (a Actor) Has(p Permission) bool {
	return a.Reach(p).Any()
}

// Require returns EUNAUTHORIZED for an anonymous actor, EFORBIDDEN when no role grants p,
// and nil otherwise. Use it for actions on collections; use CanUnit for single objects.
func (a Actor) Require(p Permission) error {
	if a.Anonymous() {
		return stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	if !a.Has(p) {
		return stelsel.Errorf(stelsel.EFORBIDDEN, "Uw rol (%s) geeft geen toegang tot deze pagina of handeling.", a.RoleLabels())
	}
	return nil
}

// CanUnit reports whether the actor may do p on an object of the given unit. A service that
// gets false must answer as if the object did not exist (ENOTFOUND), so that existence does
// not leak. Team and assignment scopes need the object: see CanTeam and Reach.
func (a Actor) CanUnit(p Permission, unit string) bool {
	r := a.Reach(p)
	return r.National || (r.OwnUnits && slices.Contains(a.Units, unit))
}

// CanTeam reports whether the actor may do p on an object of the given unit and team:
// national or own-unit scope, or own-team scope with the actor's (non-empty) team.
func (a Actor) CanTeam(p Permission, unit, team string) bool {
	if a.CanUnit(p, unit) {
		return true
	}
	return a.Reach(p).OwnTeam && a.Team != "" && a.Team == team && slices.Contains(a.Units, unit)
}

// National reports whether p reaches every unit for this actor.
func (a Actor) National(p Permission) bool {
	return a.Reach(p).National
}

// UnitScope returns the units an actor may do p in: nil with all=true for national scope,
// the actor's units for own-unit scope, nothing otherwise (team and assignment scopes
// need a finer filter in the domain). Services use it to filter lists in SQL.
func (a Actor) UnitScope(p Permission) (units []string, all bool) {
	r := a.Reach(p)
	switch {
	case r.National:
		return nil, true
	case r.OwnUnits:
		return a.Units, false
	}
	return nil, false
}
