package synth_test

import (
	"context"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/complaint"
	"stelsel/db/dbtest"
	"stelsel/synth"
)

func TestComplaintsEveryPhase(t *testing.T) {
	ctx := context.Background()
	d := dbtest.SQLite(t)
	trail := access.NewTrail(d, time.Now)
	users := access.NewUsers(d, trail, time.Now)
	staff := synth.ComplaintStaff{Unit: "DH"}
	for _, u := range []struct {
		name string
		role access.Role
		to   *access.Actor
	}{{"kc", access.RoleComplaintCoordinator, &staff.Coordinator}, {"kb", access.RoleComplaintHandler, &staff.Handler},
		{"cl", access.RoleCommissionMember, &staff.Commission}, {"nd", access.RoleNDVAdviser, &staff.NDV}} {
		nu := access.NewUser{Username: u.name, Role: u.role, OIDCSubject: "s-" + u.name}
		if u.role == access.RoleComplaintCoordinator || u.role == access.RoleComplaintHandler {
			nu.Units = []string{"DH"}
		}
		if _, err := users.Add(ctx, access.System("t"), nu); err != nil {
			t.Fatal(err)
		}
		a, err := users.Actor(ctx, u.name)
		if err != nil {
			t.Fatal(err)
		}
		*u.to = a
	}
	fig, err := synth.Complaints(ctx, d, trail, users, staff, 120, 7, time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if fig.Total != 120 || fig.SettledPhase1 == 0 || fig.ToPhase2 == 0 || fig.ByMarker[complaint.MarkerEthnicProfiling] == 0 {
		t.Errorf("figures = %+v", fig)
	}
	for _, p := range complaint.Phases {
		if fig.ByPhase[p] == 0 {
			t.Errorf("no synthetic complaint in phase %s: %v", p, fig.ByPhase)
		}
	}
	if fig.ByOutcome["deels_gegrond"] == 0 || fig.ByOutcome[complaint.OutcomeWithdrawn] == 0 {
		t.Errorf("outcomes = %v", fig.ByOutcome)
	}

	// A second unit's complaints: the figures returned are those of that unit alone (the
	// demo prints them per unit).
	am := staff
	am.Unit = "AM"
	for _, u := range []struct {
		name string
		role access.Role
		to   *access.Actor
	}{{"kc-am", access.RoleComplaintCoordinator, &am.Coordinator}, {"kb-am", access.RoleComplaintHandler, &am.Handler}} {
		if _, err := users.Add(ctx, access.System("t"), access.NewUser{Username: u.name, Role: u.role, OIDCSubject: "s-" + u.name, Units: []string{"AM"}}); err != nil {
			t.Fatal(err)
		}
		a, err := users.Actor(ctx, u.name)
		if err != nil {
			t.Fatal(err)
		}
		*u.to = a
	}
	fig, err = synth.Complaints(ctx, d, trail, users, am, 30, 8, time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if fig.Total != 30 {
		t.Errorf("figures of the second unit: total %d, want 30 (its own complaints only)", fig.Total)
	}
}
