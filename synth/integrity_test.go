package synth_test

import (
	"context"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db/dbtest"
	"stelsel/integrity"
	"stelsel/synth"
)

func TestIntegrityEveryState(t *testing.T) {
	ctx := context.Background()
	d := dbtest.SQLite(t)
	trail := access.NewTrail(d, time.Now)
	users := access.NewUsers(d, trail, time.Now)
	staff := synth.IntegrityStaff{Unit: "DH", Team: "Haagse Hout", Intake: "vik.i", Triage: "vik.t1", Triage2: "vik.t2", Investigator: "vik.o", CrimInvestigator: "vik.r",
		LTIO: "vik.l", Manager: "vik.m", Jurist: "vik.j", Competent: "vik.g", Counsellor: "vik.v", Employee: "vik.e"}
	for _, u := range []struct {
		name string
		role access.Role
	}{{"vik.i", access.RoleIntake}, {"vik.t1", access.RoleTriage}, {"vik.t2", access.RoleTriage}, {"vik.o", access.RoleInvestigator}, {"vik.r", access.RoleCrimInvestigator},
		{"vik.l", access.RoleLTIO}, {"vik.m", access.RoleManager}, {"vik.j", access.RoleJurist}, {"vik.g", access.RoleCompetent}, {"vik.v", access.RoleCounsellor}, {"vik.e", access.RoleEmployee}} {
		units := []string{"DH"}
		if u.role == access.RoleLTIO {
			units = nil
		}
		if _, err := users.Add(ctx, access.System("t"), access.NewUser{Username: u.name, Role: u.role, Units: units, Team: "Haagse Hout", Password: "correct horse battery"}); err != nil {
			t.Fatal(err)
		}
	}
	key := []byte("0123456789abcdef0123456789abcdef")
	res, err := synth.Integrity(ctx, d, trail, users, key, staff, 30, 0, 1, time.Now())
	if err != nil {
		t.Fatalf("Integrity: %v", err)
	}
	if res.Cases != 30 || res.Receipt == "" || res.Entries == 0 {
		t.Errorf("result %+v", res)
	}
	svc, _ := integrity.New(d, trail, users, key, time.Now)
	tri, _ := users.Actor(ctx, "vik.t1")
	list, err := svc.List(ctx, tri, integrity.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, c := range list {
		seen[c.Status]++
	}
	for _, st := range []string{integrity.StatusReceived, integrity.StatusAcknowledged, integrity.StatusAwaiting, integrity.StatusInProgress, integrity.StatusToClose, integrity.StatusClosed} {
		if seen[st] == 0 {
			t.Errorf("no synthetic case with status %s (have %v)", st, seen)
		}
	}
	if sg, _ := svc.Signals(ctx, tri); len(sg) == 0 {
		t.Errorf("no signal among the synthetic cases")
	}
	if _, err := svc.OpenPostbox(ctx, res.Receipt); err != nil {
		t.Errorf("receipt of the synthetic anonymous report: %v", err)
	}
}
