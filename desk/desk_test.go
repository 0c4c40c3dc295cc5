package desk_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/desk"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

func TestDesksVersioned(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		trail := access.NewTrail(d, time.Now)
		svc := desk.NewService(d, trail, nil, time.Now)
		admin := access.Actor{Username: "beheer", Name: "Beheer", Role: access.RoleAdmin}
		emp := access.Actor{Username: "emp", Name: "Emp", Role: access.RoleOfficer, Units: []string{"DH"}}
		all, err := svc.List(ctx, emp)
		if err != nil {
			t.Fatal(err)
		}
		codes := map[string]desk.Desk{}
		for _, k := range all {
			codes[k.Code] = k
		}
		for _, want := range []string{"leidinggevende", "vertrouwenspersoon_integriteit", "vertrouwenspersoon_omgangsvormen", "ombudsfunctionaris",
			"klokkenluiders_meldpunt", "sociaal_loket", "bedrijfsmaatschappelijk_werk", "bedrijfsarts", "ndv", "huis_klokkenluiders",
			"college_rechten_mens", "adv", "inspectie_jenv"} {
			if _, ok := codes[want]; !ok {
				t.Errorf("desk %s missing", want)
			}
		}
		if sl := codes["sociaal_loket"]; sl.AvailableIn("DH") || !sl.AvailableIn("AM") || !sl.AvailableIn("PDC") {
			t.Errorf("Sociaal Loket units = %v", sl.Units)
		}
		if _, err := svc.List(ctx, access.Actor{}); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			t.Errorf("List anonymous = %v", err)
		}
		pub, err := svc.Public(ctx)
		if err != nil || len(pub) != 4 {
			t.Errorf("public desks = %d, %v; want the 4 external ones", len(pub), err)
		}
		k := codes["adv"]
		k.Reach = "www.discriminatie.nl of bel het regionale nummer"
		if _, err := svc.Edit(ctx, emp, k, 1, ""); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("Edit by an officer = %v", err)
		}
		if _, err := svc.Edit(ctx, admin, k, 1, "nummer erbij"); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Edit(ctx, admin, k, 1, "tweede keer"); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("Edit on a stale version = %v, want conflict", err)
		}
		k.Themes = []string{"onzin"}
		if _, err := svc.Edit(ctx, admin, k, 2, ""); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("Edit with an unknown theme = %v", err)
		}
		cur, versions, err := svc.Get(ctx, emp, "adv")
		if err != nil || cur.Version != 2 || len(versions) != 2 || versions[1].Reach == cur.Reach || cur.EditedBy != "beheer" {
			t.Errorf("Get(adv) = %+v, %d versions, %v", cur, len(versions), err)
		}
		if _, _, err := svc.Get(ctx, emp, "bestaat_niet"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("Get(missing) = %v", err)
		}
	})
}

func TestPropose(t *testing.T) {
	data := desk.DefaultData()
	desks := data.Desks
	codes := func(ps []desk.Proposal) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Desk.Code)
		}
		return out
	}
	for _, tc := range []struct {
		name      string
		a         desk.Answers
		want      []string // must be among the proposals
		notWant   []string
		first     string
		reporting bool
	}{
		{"bullied by manager, wants to talk", desk.Answers{Topic: "omgang", Need: "praten", Manager: true, Unit: "DH"},
			[]string{"vertrouwenspersoon_omgangsvormen"}, []string{"leidinggevende", "sociaal_loket"}, "vertrouwenspersoon_omgangsvormen", false},
		{"unsure, Amsterdam", desk.Answers{Topic: "weet_niet", Need: "advies", Unit: "AM"}, []string{"sociaal_loket"}, nil, "sociaal_loket", false},
		{"report misconduct anonymously", desk.Answers{Topic: "integriteit", Need: "melden", Anonymous: true, Unit: "ON"},
			[]string{"vik_meldpunt", "klokkenluiders_meldpunt"}, []string{"bedrijfsarts"}, "", true},
		{"health", desk.Answers{Topic: "zorg", Need: "zorg", Unit: "RT"}, []string{"bedrijfsarts", "bedrijfsmaatschappelijk_werk"}, []string{"sociaal_loket"}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := data.Propose(desks, tc.a, 0)
			c := codes(got)
			for _, w := range tc.want {
				if !slices.Contains(c, w) {
					t.Errorf("Propose(%+v) = %v, want %s among them", tc.a, c, w)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(c, w) {
					t.Errorf("Propose(%+v) = %v, want no %s", tc.a, c, w)
				}
			}
			if tc.first != "" && (len(c) == 0 || c[0] != tc.first) {
				t.Errorf("Propose(%+v) = %v, want %s first", tc.a, c, tc.first)
			}
			if tc.a.Reporting() != tc.reporting {
				t.Errorf("Reporting(%+v) = %v", tc.a, tc.a.Reporting())
			}
		})
	}
}
