package access_test

import (
	"context"
	"slices"
	"testing"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestSeveralRoles: permission checks take the union over all roles of an actor, and
// every logged-in user holds the employee role.
func TestSeveralRoles(t *testing.T) {
	a := access.Actor{Username: "x", Role: access.RoleDetective, Roles: []access.Role{access.RoleDetective, access.RoleTriage}, Units: []string{"DH"}}
	for _, tt := range []struct {
		p    access.Permission
		unit string
		want bool
	}{
		{access.ReadRegistration, "DH", true},  // detective
		{access.ReadRegistration, "AM", false}, // detective: own units only
		{access.IntegrityTriage, "DH", true},   // triage
		{access.IntegrityTriage, "AM", false},
		{access.IntegrityReport, "AM", true}, // implicit employee, national
		{access.ManageUsers, "", false},
		{access.TrackCriminal, "DH", false},
	} {
		if got := a.CanUnit(tt.p, tt.unit); got != tt.want {
			t.Errorf("CanUnit(%s, %s) = %v, want %v", tt.p, tt.unit, got, tt.want)
		}
	}
	if err := a.Require(access.IntegrityConfirm); err != nil {
		t.Errorf("Require(confirm) = %v, want nil (second role)", err)
	}
	if err := a.Require(access.ManageUsers); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
		t.Errorf("Require(users.manage) = %v, want EFORBIDDEN", err)
	}
	if u, all := a.UnitScope(access.IntegrityReadCase); all || !slices.Equal(u, []string{"DH"}) {
		t.Errorf("UnitScope(case.read) = %v, %v; want [DH], false", u, all)
	}
	// A single-role actor (the old form) still works, and gets the employee role.
	old := access.Actor{Username: "y", Role: access.RoleAnalyst}
	if !old.Has(access.Decide) || !old.Has(access.IntegrityReport) || old.Has(access.IntegrityTriage) {
		t.Errorf("single-role analyst: Decide=%v Report=%v Triage=%v; want true true false", old.Has(access.Decide), old.Has(access.IntegrityReport), old.Has(access.IntegrityTriage))
	}
	if (access.Actor{}).Has(access.IntegrityReport) {
		t.Errorf("anonymous actor has integrity.report; want nothing")
	}
	// Team scope: a manager reaches only their own team.
	m := access.Actor{Username: "m", Role: access.RoleManager, Units: []string{"DH"}, Team: "DH-CENTRUM"}
	if !m.CanTeam(access.TrackFunctioning, "DH", "DH-CENTRUM") || m.CanTeam(access.TrackFunctioning, "DH", "DH-WEST") || m.CanUnit(access.TrackFunctioning, "DH") {
		t.Errorf("manager team scope wrong: own=%v other=%v unit=%v", m.CanTeam(access.TrackFunctioning, "DH", "DH-CENTRUM"),
			m.CanTeam(access.TrackFunctioning, "DH", "DH-WEST"), m.CanUnit(access.TrackFunctioning, "DH"))
	}
	if r := (access.Actor{Username: "c", Role: access.RoleCrimInvestigator, Units: []string{"DH"}}).Reach(access.TrackCriminal); !r.Assigned || r.OwnUnits || r.National {
		t.Errorf("criminal investigator reach = %+v, want assigned only", r)
	}
}

func TestUsersSeveralRoles(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		u, err := f.users.Add(ctx, admin, access.NewUser{Username: "tess", Roles: []access.Role{access.RoleTriage, access.RoleJurist}, Units: []string{"dh"}, Password: pw})
		if err != nil {
			t.Fatalf("Add: %v", err)
		}
		if u.Role != access.RoleTriage || !slices.Equal(u.Roles, []access.Role{access.RoleTriage, access.RoleJurist}) {
			t.Errorf("Add: role %s roles %v; want vik-triage [vik-triage vik-jurist]", u.Role, u.Roles)
		}
		got, err := f.users.ByUsername(ctx, admin, "tess")
		if err != nil || !slices.Equal(got.Roles, u.Roles) {
			t.Errorf("ByUsername: roles %v, %v; want %v", got.Roles, err, u.Roles)
		}
		// Through a session too.
		tok, _, err := f.sessions.Login(ctx, "tess", pw)
		if err != nil {
			t.Fatalf("Login: %v", err)
		}
		ss, err := f.sessions.Lookup(ctx, tok)
		if err != nil || !ss.User.Actor().Has(access.IntegrityAdvise) || !ss.User.Actor().Has(access.IntegrityConfirm) {
			t.Errorf("session actor roles %v (%v): want triage and jurist rights", ss.User.Roles, err)
		}
		// Changing roles; the strictest unit rule holds.
		if err := f.users.SetRoles(ctx, admin, "tess", []access.Role{access.RoleManager, access.RoleInvestigator}, []string{"DH", "AM"}); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("SetRoles(manager with two units) = %v, want EINVALID", err)
		}
		if err := f.users.SetRoles(ctx, admin, "tess", []access.Role{access.RoleLTIO, access.RoleInvestigator}, []string{"DH"}); err != nil {
			t.Errorf("SetRoles(ltio+onderzoeker, DH) = %v", err)
		}
		if err := f.users.SetRoles(ctx, admin, "tess", nil, nil); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("SetRoles(none) = %v, want EINVALID", err)
		}
		a, err := f.users.Actor(ctx, "tess")
		if err != nil || a.Role != access.RoleLTIO || !a.Has(access.TrackLTIO) || !a.Has(access.TrackDisciplinary) || a.Has(access.IntegrityTriage) {
			t.Errorf("Actor after SetRoles: %+v %v", a, err)
		}
		// An account written before roles existed (roles column empty) keeps its one role.
		if _, err := d.Exec(ctx, `UPDATE users SET roles = '' WHERE username = ?`, "tess"); err != nil {
			t.Fatal(err)
		}
		a, err = f.users.Actor(ctx, "tess")
		if err != nil || !slices.Equal(a.Roles, []access.Role{access.RoleLTIO}) {
			t.Errorf("Actor of an old account: roles %v, %v; want [ltio]", a.Roles, err)
		}
	})
}
