package main

import (
	"context"
	"fmt"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/synth"
)

// demoComplaintCounts are the synthetic complaints per unit of the demo: enough for every
// phase and for figures with cells above and below 5.
var demoComplaintCounts = []struct {
	unit string
	n    int
}{{"DH", 160}, {"AM", 60}}

// demoComplaints makes the complaints staff's accounts (serveDemo gives them passwords)
// and, when there are no complaints yet, files synthetic complaints in every phase.
func demoComplaints(ctx context.Context, e env, deps *regDeps) error {
	op := operator(e)
	for _, nu := range demoAccounts {
		switch nu.Role {
		case access.RoleComplaintCoordinator, access.RoleComplaintHandler, access.RoleCommissionMember, access.RoleNDVAdviser:
		default:
			continue
		}
		nu.Password = access.GeneratePassword()
		if _, err := deps.users.Add(ctx, op, nu); err != nil && stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			return err
		}
	}
	var n int
	if err := deps.db.QueryRow(ctx, "SELECT count(*) FROM complaints").Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	actor := func(u string) (access.Actor, error) { return deps.users.Actor(ctx, u) }
	var staff synth.ComplaintStaff
	for _, s := range []struct {
		u  string
		to *access.Actor
	}{{"demo.klachtencoordinator", &staff.Coordinator}, {"demo.klachtbehandelaar", &staff.Handler},
		{"demo.commissie", &staff.Commission}, {"demo.ndv", &staff.NDV}} {
		a, err := actor(s.u)
		if err != nil {
			return err
		}
		*s.to = a
	}
	for i, c := range demoComplaintCounts {
		staff.Unit = c.unit
		fig, err := synth.Complaints(ctx, deps.db, deps.trail, deps.users, staff, c.n, uint64(demoSeed+i), time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "demo: %d synthetische klachten in %s: %d opgelost in fase 1, %d naar de commissie, %d nog open\n",
			c.n, c.unit, fig.SettledPhase1, fig.ToPhase2, fig.ByPhase["ontvangen"]+fig.ByPhase["fase1"]+fig.ByPhase["fase2"])
	}
	return nil
}
