package integrity_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

var testKey = []byte("0123456789abcdef0123456789abcdef")

// fixture is the integrity service on a real database with VIK accounts and a clock the
// test moves.
type fixture struct {
	d     *db.DB
	clock time.Time
	trail *access.Trail
	users *access.Users
	svc   *integrity.Service
	who   map[string]access.Actor
}

// accounts of the fixture: username -> roles, units, team.
var accounts = []struct {
	name  string
	roles []access.Role
	units []string
	team  string
}{
	{"meldpunt", []access.Role{access.RoleIntake}, []string{"DH"}, ""},
	{"triage1", []access.Role{access.RoleTriage}, []string{"DH"}, ""},
	{"triage2", []access.Role{access.RoleTriage}, []string{"DH"}, ""},
	{"triage.am", []access.Role{access.RoleTriage}, []string{"AM"}, ""},
	{"onderzoeker", []access.Role{access.RoleInvestigator}, []string{"DH"}, ""},
	{"onderzoeker2", []access.Role{access.RoleInvestigator}, []string{"DH"}, ""},
	{"recherche", []access.Role{access.RoleCrimInvestigator}, []string{"DH"}, ""},
	{"dubbel", []access.Role{access.RoleInvestigator, access.RoleCrimInvestigator}, []string{"DH"}, ""},
	{"ltio", []access.Role{access.RoleLTIO}, nil, ""},
	{"leiding", []access.Role{access.RoleManager}, []string{"DH"}, "Haagse Hout"},
	{"leiding.ander", []access.Role{access.RoleManager}, []string{"DH"}, "Schilderswijk"},
	{"jurist", []access.Role{access.RoleJurist}, []string{"DH"}, ""},
	{"gezag", []access.Role{access.RoleCompetent}, []string{"DH"}, ""},
	{"vp", []access.Role{access.RoleCounsellor}, []string{"DH"}, ""},
	{"medewerker", []access.Role{access.RoleEmployee}, []string{"DH"}, ""},
	{"betrokkene", []access.Role{access.RoleTriage}, []string{"DH"}, ""}, // a triage officer who is the subject
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	f := &fixture{d: d, clock: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), who: map[string]access.Actor{}}
	now := func() time.Time { return f.clock }
	f.trail = access.NewTrail(d, now)
	f.users = access.NewUsers(d, f.trail, now)
	svc, err := integrity.New(d, f.trail, f.users, testKey, now)
	if err != nil {
		t.Fatal(err)
	}
	f.svc = svc
	ctx := context.Background()
	for _, ac := range accounts {
		u, err := f.users.Add(ctx, access.System("test"), access.NewUser{Username: ac.name, Name: "Naam " + ac.name, Roles: ac.roles,
			Units: ac.units, Team: ac.team, Password: "correct horse battery"})
		if err != nil {
			t.Fatalf("add %s: %v", ac.name, err)
		}
		f.who[ac.name] = u.Actor()
	}
	return f
}

func (f *fixture) as(name string) access.Actor {
	a, ok := f.who[name]
	if !ok {
		panic("no account " + name)
	}
	return a
}

// subject is an employee of team Haagse Hout in DH, with an account.
var subject = integrity.Subject{PersonnelNo: "P100200", Name: "B. Trokkene", Unit: "DH", Team: "Haagse Hout", Username: "betrokkene"}

// report files a named report about subject by the employee.
func (f *fixture) report(t *testing.T) *integrity.Case {
	t.Helper()
	c, err := f.svc.Report(context.Background(), f.as("medewerker"), integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH",
		Category: "omgangsvormen", Circumstances: []string{"in_dienst", "teamcultuur"}, Description: "Uitsluiting in het team.",
		Subjects: []integrity.Subject{subject}})
	if err != nil {
		t.Fatalf("Report: %v", err)
	}
	return c
}

// route triages a case to routes and confirms when needed, returning it.
func (f *fixture) route(t *testing.T, number string, checklist []string, routes ...string) *integrity.Case {
	t.Helper()
	ctx := context.Background()
	om := f.clock
	c, err := f.svc.Triage(ctx, f.as("triage1"), number, integrity.TriageInput{Checklist: checklist, Routes: routes, Rationale: "volgens checklist", OMInformedOn: &om})
	if err != nil {
		t.Fatalf("Triage(%s, %v): %v", number, routes, err)
	}
	if c.Status == integrity.StatusAwaiting {
		if c, err = f.svc.Confirm(ctx, f.as("triage2"), number, 0); err != nil {
			t.Fatalf("Confirm(%s): %v", number, err)
		}
	}
	return c
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if stelsel.ErrorCode(err) != code {
		t.Errorf("%s: err = %v (%s), want %s", what, err, stelsel.ErrorCode(err), code)
	}
}

func tracksOf(c *integrity.Case) string {
	var out []string
	for _, t := range c.Tracks {
		if t.Readable {
			out = append(out, t.Track)
		}
	}
	return strings.Join(out, ",")
}
