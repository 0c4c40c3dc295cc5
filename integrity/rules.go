package integrity

import (
	"slices"
	"strings"

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

// visibleSQL returns a condition on integrity_cases c (and its arguments) that keeps the
// cases the actor may see, the same rules as canSeeCase in SQL, for lists.
func visibleSQL(a access.Actor) (string, []any) {
	if a.Anonymous() {
		return "1 = 0", nil
	}
	var ors []string
	var args []any
	in := func(units []string) string {
		if len(units) == 0 {
			return "1 = 0"
		}
		for _, u := range units {
			args = append(args, u)
		}
		return "c.unit IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(units)), ", ") + ")"
	}
	// The case permission.
	r := a.Reach(access.IntegrityReadCase)
	if r.National {
		// Everything: the track conditions below add nothing.
		return "NOT EXISTS (SELECT 1 FROM integrity_subjects x WHERE x.case_id = c.id AND x.username = ?)", []any{a.Username}
	}
	unitsCovered := r.OwnUnits && len(a.Units) > 0
	if unitsCovered {
		ors = append(ors, in(a.Units))
	}
	if r.Assigned {
		ors = append(ors, "c.id IN (SELECT case_id FROM integrity_assignments WHERE username = ?)")
		args = append(args, a.Username)
	}
	// Every track, and the care record.
	for _, t := range append(slices.Clone(Tracks), TrackCare) {
		r := a.Reach(trackPermission[t])
		hasTrack := "c.id IN (SELECT case_id FROM integrity_tracks WHERE track = ?)"
		if t == TrackCare {
			hasTrack = "1 = 1"
		}
		addTrack := func() {
			if t != TrackCare {
				args = append(args, t)
			}
		}
		switch {
		case r.National:
			ors = append(ors, hasTrack)
			addTrack()
		case r.OwnUnits && len(a.Units) > 0 && !unitsCovered:
			cond := in(a.Units)
			ors = append(ors, "("+cond+" AND "+hasTrack+")")
			addTrack()
		}
		if r.OwnTeam && a.Team != "" && len(a.Units) > 0 {
			q := "c.id IN (SELECT s.case_id FROM integrity_subjects s JOIN integrity_tracks t ON t.case_id = s.case_id WHERE t.track = ? AND s.team = ? AND s.unit IN (" +
				strings.TrimSuffix(strings.Repeat("?, ", len(a.Units)), ", ") + "))"
			args = append(args, t, a.Team)
			for _, u := range a.Units {
				args = append(args, u)
			}
			ors = append(ors, q)
		}
		if r.Assigned {
			ors = append(ors, "c.id IN (SELECT case_id FROM integrity_assignments WHERE username = ? AND track = ?)")
			args = append(args, a.Username, t)
		}
	}
	if len(ors) == 0 {
		return "1 = 0", nil
	}
	cond := "(" + strings.Join(ors, " OR ") + ") AND NOT EXISTS (SELECT 1 FROM integrity_subjects x WHERE x.case_id = c.id AND x.username = ?)"
	args = append(args, a.Username)
	return cond, args
}

func staleError(c *Case) error {
	return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s is intussen gewijzigd (nu versie %d); laad de zaak opnieuw en kijk of uw wijziging nog nodig is", c.Number, c.Version)
}
