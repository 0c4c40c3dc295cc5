package integrity

import (
	"slices"

	"stelsel"
	"stelsel/access"
)

// This file holds who may see what of a case. The rights themselves are rows of the
// permission table in access/permissions.go; here they meet the case data: units, the
// subjects' teams, the per-case assignments, and the rule that a subject never sees a
// case about themselves.

// reaches reports whether permission p reaches case c for the actor, for track (the
// assignment that counts for the assigned scope; "" for none).
func reaches(a access.Actor, p access.Permission, c *Case, track string) bool {
	r := a.Reach(p)
	switch {
	case r.National:
		return true
	case r.OwnUnits && slices.Contains(a.Units, c.Unit):
		return true
	case r.OwnTeam && a.Team != "" && c.aboutTeam(a.Units, a.Team):
		return true
	case r.Assigned && track != "" && c.assigned(a.Username, track):
		return true
	case r.Assigned && track == "" && c.assignedAny(a.Username):
		return true
	}
	return false
}

func (c *Case) aboutTeam(units []string, team string) bool {
	for _, s := range c.Subjects {
		if s.Team == team && slices.Contains(units, s.Unit) {
			return true
		}
	}
	return false
}

func (c *Case) assignedAny(username string) bool {
	for _, as := range c.assignments {
		if as.Username == username {
			return true
		}
	}
	return false
}

// canTrack reports whether the actor may read and write the dossier of track t of c.
func canTrack(a access.Actor, c *Case, t string) bool {
	if c.isSubject(a.Username) || !c.hasTrack(t) {
		return false
	}
	if o := other(t); o != "" && c.assigned(a.Username, o) {
		return false // whoever works on one of the walled tracks never reads the other
	}
	return reaches(a, trackPermission[t], c, t)
}

// canCare reports whether the actor may see and record care and rights.
func canCare(a access.Actor, c *Case) bool {
	return !c.isSubject(a.Username) && reaches(a, access.IntegrityCare, c, TrackCare)
}

// canSeeCase reports whether the actor sees the case at all: the case permission in
// scope, or some track or the care record. A subject never does.
func canSeeCase(a access.Actor, c *Case) bool {
	if a.Anonymous() || c.isSubject(a.Username) {
		return false
	}
	if reaches(a, access.IntegrityReadCase, c, "") {
		return true
	}
	for _, t := range c.trackRows {
		if canTrack(a, c, t.Track) {
			return true
		}
	}
	return canCare(a, c)
}

// can reports whether the actor may do p on the case (case-level actions).
func can(a access.Actor, p access.Permission, c *Case) bool {
	return !c.isSubject(a.Username) && reaches(a, p, c, "")
}

// abilities fills in what the actor may do on c.
func abilities(a access.Actor, c *Case) Abilities {
	ab := Abilities{
		Intake: can(a, access.IntegrityIntake, c), Triage: can(a, access.IntegrityTriage, c),
		Confirm: can(a, access.IntegrityConfirm, c), Assign: can(a, access.IntegrityAssign, c),
		Transfer: can(a, access.IntegrityTransfer, c), Advise: can(a, access.IntegrityAdvise, c),
		Decide: can(a, access.IntegrityDecide, c), Care: canCare(a, c), Framework: can(a, access.IntegrityFramework, c) && c.hasTrack(TrackFunctioning),
	}
	ab.Close = c.Status != StatusClosed && (can(a, access.IntegrityClose, c))
	for _, t := range c.trackRows {
		if canTrack(a, c, t.Track) {
			ab.Tracks = append(ab.Tracks, t.Track)
		}
	}
	return ab
}

func staleError(c *Case) error {
	return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s is intussen gewijzigd (nu versie %d); laad de zaak opnieuw en kijk of uw wijziging nog nodig is", c.Number, c.Version)
}
