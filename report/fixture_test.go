package report_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/report"
	"stelsel/screen"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

var (
	system  = access.System("test")
	analyst = access.Actor{Username: "ana", Name: "Ana List", Role: access.RoleAnalyst}
	policy  = access.Actor{Username: "bea", Name: "Bea Leid", Role: access.RolePolicy}
	rickDH  = access.Actor{Username: "rick", Name: "Rick", Role: access.RoleDetective, Units: []string{"DH"}}
	officer = access.Actor{Username: "bo", Name: "Bo", Role: access.RoleOfficer, Units: []string{"DH"}}
)

type fixture struct {
	d     *db.DB
	reg   *registration.Service
	rep   *report.Service
	clock time.Time
	dir   string
	n     int
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	lex, err := screen.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{d: d, clock: time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC), dir: t.TempDir()}
	now := func() time.Time { f.clock = f.clock.Add(time.Second); return f.clock }
	trail := access.NewTrail(d, now)
	f.reg = registration.NewService(d, trail, screen.New(lex), catalog.Default(), now)
	f.rep = report.NewService(d, trail, f.reg, now)
	return f
}

// inc is one incident of a fixture: where and when it was registered and how it was
// decided.
type inc struct {
	unit, day     string // day: YYYY-MM-DD
	kind          string // decision kind; "" = discriminatie
	grounds       string // comma list
	manifestation string
	indications   string
	// place and person: municipality ("" = Plaats, "-" = none), address, platform, person
	municipality, address, platform, person string
}

// add imports one registration per incident and decides each; it returns their numbers.
func (f *fixture) add(t *testing.T, incs ...inc) []string {
	t.Helper()
	var b strings.Builder
	b.WriteString("registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst,adres,platform,persoon\n")
	var nums []string
	for _, in := range incs {
		f.n++
		num := fmt.Sprintf("%s-%s-%06d", in.day[:4], in.unit, f.n)
		nums = append(nums, num)
		muni := in.municipality
		switch muni {
		case "":
			muni = "Plaats"
		case "-":
			muni = ""
		}
		fmt.Fprintf(&b, "%s,aangifte,%s,Team,A38,Discriminatie,,%sT12:00:00,%s,\"Aangever verklaarde dat hij werd uitgescholden. Nummer %d.\",%s,%s,%s\n",
			num, in.unit, in.day, muni, f.n, in.address, in.platform, in.person)
	}
	p := filepath.Join(f.dir, fmt.Sprintf("imp%d.csv", f.n))
	if err := os.WriteFile(p, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := f.reg.Import(context.Background(), system, p, registration.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	for i, in := range incs {
		f.decide(t, nums[i], in)
	}
	return nums
}

func (f *fixture) decide(t *testing.T, num string, in inc) {
	t.Helper()
	d := registration.DecisionInput{Kind: in.kind, Grounds: split(in.grounds), Indications: split(in.indications),
		Manifestation: in.manifestation, Rationale: "test"}
	switch d.Kind {
	case "":
		d.Kind, d.Articles = catalog.DecisionDiscrimination, []string{"137c"}
	case catalog.DecisionNotDiscrimination:
		d.Reason = "geen groep"
	}
	if _, err := f.reg.Decide(context.Background(), analyst, num, d); err != nil {
		t.Fatalf("Decide(%s): %v", num, err)
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// cell returns the exact count in table id, row code, column col.
func cell(t *testing.T, fig report.Figures, id, row string, col int) report.Cell {
	t.Helper()
	tb, ok := fig.Table(id)
	if !ok {
		t.Fatalf("no table %q", id)
	}
	for _, r := range tb.Rows {
		if r.Code == row {
			return r.Cells[col]
		}
	}
	t.Fatalf("table %q has no row %q", id, row)
	return report.Cell{}
}

// yearFixture is the hand-computed fixture: seven incidents in 2025 (one with two
// grounds, one against a police officer, two online, one codis), five in 2024 and four in
// 2022, plus decisions that must not count.
func yearFixture(t *testing.T, f *fixture) {
	t.Helper()
	f.add(t,
		inc{unit: "DH", day: "2025-01-15", grounds: "herkomst", manifestation: "belediging"},
		inc{unit: "DH", day: "2025-03-02", grounds: "herkomst,antisemitisme", manifestation: "bedreiging", indications: "antisemitisme"},
		inc{unit: "AM", day: "2025-04-10", grounds: "seksuele_gerichtheid", manifestation: "geweld", indications: "publieke_taak"},
		inc{unit: "AM", day: "2025-06-20", grounds: "herkomst", manifestation: "belediging", indications: "online"},
		inc{unit: "RT", day: "2025-08-08", grounds: "godsdienst", manifestation: "belediging", indications: "moslimdiscriminatie,online"},
		inc{unit: "DH", day: "2025-10-01", grounds: "seksuele_gerichtheid", manifestation: "belediging"},
		inc{unit: "DH", day: "2025-12-31", kind: catalog.DecisionCodis, grounds: "herkomst", manifestation: "bekladding_vernieling"},
		// Not counted: no discrimination; and one corrected to no discrimination.
		inc{unit: "DH", day: "2025-05-05", kind: catalog.DecisionNotDiscrimination},
	)
	corrected := f.add(t, inc{unit: "AM", day: "2025-07-07", grounds: "leeftijd", manifestation: "belediging"})
	f.decide(t, corrected[0], inc{kind: catalog.DecisionNotDiscrimination})
	var prev []inc
	for i := range 5 {
		prev = append(prev, inc{unit: "DH", day: fmt.Sprintf("2024-0%d-01", i+1), grounds: "herkomst", manifestation: "belediging"})
	}
	for i := range 4 {
		prev = append(prev, inc{unit: "AM", day: fmt.Sprintf("2022-0%d-01", i+1), grounds: "herkomst", manifestation: "belediging"})
	}
	// 1 January 2026 00:30 Dutch time is 2026, not 2025.
	prev = append(prev, inc{unit: "DH", day: "2026-01-01", grounds: "herkomst", manifestation: "belediging"})
	f.add(t, prev...)
}
