package report_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/report"
)

func labels(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("m%d", i))
	}
	return out
}

func TestSpikeDetection(t *testing.T) {
	m := report.DefaultSpikeMethod
	cases := []struct {
		name   string
		counts []int
		breaks []int
		want   []int // alarm indices
	}{
		// A steady series around 11 with 31 in month 14: one alarm, there.
		{"spike", []int{10, 12, 9, 11, 10, 13, 12, 11, 10, 12, 11, 10, 11, 12, 31}, nil, []int{14}},
		// Steady: no alarm.
		{"steady", []int{10, 12, 9, 11, 10, 13, 12, 11, 10, 12, 11, 10, 11, 12, 13}, nil, nil},
		// Small counts: 4 in the last month is far above a baseline of zeros, but fewer
		// than 5 cases in 4 periods never alarm.
		{"guard", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4}, nil, nil},
		// The same with one case more in the last four months does alarm.
		{"guard passed", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4}, nil, []int{14}},
		// A method break in month 10 leaves too short a baseline after it: the level
		// change at the break is no alarm, and nothing is tested until 6 months after it.
		{"break", []int{2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 20, 22, 19, 21, 20, 22, 21, 20}, []int{10}, nil},
		// Without the break the same series alarms at the level change.
		{"no break", []int{2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 20, 22, 19, 21, 20, 22, 21, 20}, nil, []int{10, 11, 12}},
		// Too short: no baseline, no test.
		{"short", []int{1, 50}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := m.Detect(c.counts, labels(len(c.counts)), c.breaks)
			var idx []int
			for _, a := range got {
				idx = append(idx, a.Index)
			}
			if fmt.Sprint(idx) != fmt.Sprint(c.want) {
				t.Errorf("Detect(%v) alarms at %v, want %v (%+v)", c.counts, idx, c.want, got)
			}
		})
	}
	// The explanation in words, with the numbers computed by hand: baseline months 1-12
	// (guard: month 13 left out) have mean 11 and variance 1.2727; phi = 1 (at least 1);
	// upper = 11 + 2.58*sqrt(11) = 19.56.
	a := m.Detect([]int{10, 10, 12, 9, 11, 10, 13, 12, 11, 10, 12, 11, 11, 12, 31}, labels(15), nil)
	if len(a) != 1 || a[0].Explanation != "verwacht 11, bovengrens 20, waargenomen 31 in m14" {
		t.Errorf("alarm = %+v", a)
	}
	if !strings.Contains(m.Describe(), "minder dan 5 gevallen in de laatste 4 maanden") {
		t.Errorf("Describe() = %q", m.Describe())
	}
}

func TestMonthlyTrendsAndRepeats(t *testing.T) {
	f := newFixture(t, dbtest.SQLite(t))
	yearFixture(t, f)
	ctx := context.Background()
	tr, err := f.rep.MonthlyTrends(ctx, analyst, 12, time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Months[0] != "januari 2025" || tr.Months[11] != "december 2025" {
		t.Errorf("months %q .. %q", tr.Months[0], tr.Months[11])
	}
	find := func(group, code string) report.Series {
		for _, s := range tr.Series {
			if s.Group == group && s.Code == code {
				return s
			}
		}
		t.Fatalf("no series %s %s", group, code)
		return report.Series{}
	}
	// Herkomst: January 1, March 1, June 1, December 1 (31 December 12:00).
	if got := fmt.Sprint(find("grond", "herkomst").Counts); got != "[1 0 1 0 0 1 0 0 0 0 0 1]" {
		t.Errorf("herkomst per month = %s", got)
	}
	if got := fmt.Sprint(find("eenheid", "AM").Counts); got != "[0 0 0 1 0 1 0 0 0 0 0 0]" {
		t.Errorf("AM per month = %s", got)
	}
	if got := fmt.Sprint(find("indicatie", "online").Counts); got != "[0 0 0 0 0 1 0 1 0 0 0 0]" {
		t.Errorf("online per month = %s", got)
	}
	if _, err := f.rep.MonthlyTrends(ctx, policy, 12, time.Time{}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
		t.Errorf("policy trends: %v", err)
	}
	// Repeat patterns: herkomst in Plaats (DH) on 20 November, 5 and 10 December: three within 30 days.
	f.add(t,
		inc{unit: "DH", day: "2025-11-20", grounds: "herkomst", manifestation: "belediging"},
		inc{unit: "DH", day: "2025-12-05", grounds: "herkomst", manifestation: "bedreiging"},
		inc{unit: "DH", day: "2025-12-10", grounds: "herkomst", manifestation: "belediging"},
		inc{unit: "AM", day: "2025-12-06", grounds: "herkomst", manifestation: "bedreiging"},
	)
	reps, err := f.rep.Repeats(ctx, rickDH, report.RepeatOptions{From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || len(reps[0].Registrations) != 3 || reps[0].Unit != "DH" || reps[0].Ground != "Herkomst/ras (huidskleur, afkomst, etniciteit)" {
		t.Fatalf("repeats = %+v", reps)
	}
	for _, r := range reps[0].Registrations {
		if r.Unit != "DH" {
			t.Errorf("detective DH sees %s of %s", r.Number, r.Unit)
		}
	}
	if _, err := f.rep.Repeats(ctx, policy, report.RepeatOptions{}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
		t.Errorf("policy repeats: %v", err)
	}
}

// TestRepeatKinds finds repeats by person, address, street and online platform beside the
// municipality and ground, each with the registrations behind it and only those of the
// units the user may see; a street or municipality pattern that repeats an address
// pattern's registrations is left out.
func TestRepeatKinds(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		n := f.add(t,
			inc{unit: "DH", day: "2025-03-01", grounds: "herkomst", manifestation: "belediging", municipality: "Den Haag", address: "Lange Poten 12", person: "P-1"},
			inc{unit: "DH", day: "2025-03-05", grounds: "seksuele_gerichtheid", manifestation: "belediging", municipality: "Den Haag", address: "lange  poten 12"},
			inc{unit: "DH", day: "2025-03-10", grounds: "antisemitisme", manifestation: "bedreiging", municipality: "Den Haag", address: "Lange Poten 40", person: "P-1"},
			inc{unit: "DH", day: "2025-03-12", grounds: "herkomst", manifestation: "belediging", municipality: "-", platform: "Instagram", person: "P-1"},
			inc{unit: "DH", day: "2025-03-15", grounds: "godsdienst", manifestation: "belediging", municipality: "Rijswijk", platform: "instagram"},
			inc{unit: "DH", day: "2025-03-20", grounds: "herkomst", manifestation: "bedreiging", municipality: "Delft", platform: "Instagram"},
			inc{unit: "DH", day: "2025-06-01", grounds: "herkomst", manifestation: "belediging", municipality: "Den Haag", person: "P-1"},
			inc{unit: "DH", day: "2025-09-01", grounds: "handicap", manifestation: "belediging", municipality: "Delft", address: "Kerkstraat 1"},
			inc{unit: "DH", day: "2025-09-03", grounds: "handicap", manifestation: "belediging", municipality: "Delft", address: "Kerkstraat 1"},
			inc{unit: "AM", day: "2025-03-02", grounds: "herkomst", manifestation: "belediging", municipality: "Den Haag", address: "Lange Poten 12", person: "P-1"},
			inc{unit: "AM", day: "2025-03-03", grounds: "herkomst", manifestation: "belediging", municipality: "Den Haag", person: "P-1"},
		)
		opts := report.RepeatOptions{Min: 2, From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		got := func(a access.Actor) []string {
			t.Helper()
			reps, err := f.rep.Repeats(ctx, a, opts)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, r := range reps {
				var nums []string
				for _, row := range r.Registrations {
					nums = append(nums, row.Number)
					if row.Unit != r.Unit {
						t.Errorf("%s lists %s of %s", r.Title, row.Number, row.Unit)
					}
				}
				out = append(out, r.Unit+" "+r.Title+": "+strings.Join(nums, " "))
			}
			return out
		}
		want := []string{
			"DH Dezelfde geregistreerde persoon: P-1: " + strings.Join([]string{n[0], n[2], n[3]}, " "),
			"DH Hetzelfde adres: Lange Poten 12, Den Haag: " + n[0] + " " + n[1],
			"DH Hetzelfde adres: Kerkstraat 1, Delft: " + n[7] + " " + n[8],
			"DH Dezelfde straat: Lange Poten, Den Haag: " + strings.Join([]string{n[0], n[1], n[2]}, " "),
			"DH Hetzelfde online platform: Instagram: " + strings.Join([]string{n[3], n[4], n[5]}, " "),
		}
		if g := got(rickDH); !slices.Equal(g, want) {
			t.Errorf("detective DH repeats:\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
		}
		// Nationally the AM registrations form their own patterns (units in catalog order):
		// units are not mixed.
		wantAll := append([]string{"AM Dezelfde geregistreerde persoon: P-1: " + n[9] + " " + n[10],
			"AM Dezelfde gemeente en grond: Den Haag, Herkomst/ras (huidskleur, afkomst, etniciteit): " + n[9] + " " + n[10]}, want...)
		if g := got(analyst); !slices.Equal(g, wantAll) {
			t.Errorf("analyst repeats:\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(wantAll, "\n"))
		}
	})
}
