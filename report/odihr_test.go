package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"stelsel"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/report"
)

func TestODIHRExport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		yearFixture(t, f)
		// Against Muslims: counted under Muslims, not also under other religions.
		f.add(t, inc{unit: "OB", day: "2025-11-11", grounds: "godsdienst", manifestation: "bedreiging", indications: "moslimdiscriminatie"})
		ctx := context.Background()
		o, err := f.rep.ODIHRExport(ctx, analyst, 2025, true)
		if err != nil {
			t.Fatal(err)
		}
		// 8 incidents in 2025, 4 insults left out.
		if o.Incidents != 4 || o.Excluded != 4 {
			t.Errorf("ODIHR incidents %d, excluded %d; want 4 and 4", o.Incidents, o.Excluded)
		}
		get := func(tb report.Table, code string) report.Cell {
			for _, r := range tb.Rows {
				if r.Code == code {
					return r.Cells[0]
				}
			}
			t.Fatalf("%s has no row %s", tb.ID, code)
			return report.Cell{}
		}
		for code, want := range map[string]int{"racism_xenophobia": 2, "antisemitism": 1, "sexual_orientation_gender_identity": 1,
			"muslims": 1, "christians_other_religions": 0, "disability": 0, "totaal": 4} {
			if c := get(o.ByBias, code); c.N != want {
				t.Errorf("by bias %s = %d, want %d", code, c.N, want)
			}
		}
		for code, want := range map[string]int{"threats": 2, "violent_attacks": 1, "damage_to_property": 1, "other": 0, "totaal": 4} {
			if c := get(o.ByType, code); c.N != want {
				t.Errorf("by type %s = %d, want %d", code, c.N, want)
			}
		}
		for _, tb := range []report.Table{o.ByBias, o.ByType} {
			if !tb.Rows[0].Cells[1].Empty || !tb.Rows[0].Cells[2].Empty {
				t.Errorf("%s: the OM's columns are not left empty", tb.ID)
			}
			if !strings.Contains(strings.Join(tb.Notes, " "), "buiten de export gelaten: 4 incidenten") {
				t.Errorf("%s does not say how many insults were left out: %q", tb.ID, tb.Notes)
			}
			for _, r := range tb.Rows {
				if strings.Contains(r.Label, "_") {
					t.Errorf("%s: raw code as label %q", tb.ID, r.Label)
				}
			}
		}
		var buf bytes.Buffer
		if err := report.WriteCSV(&buf, o.ByType); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "\nBedreiging,2,,\n") {
			t.Errorf("CSV by type:\n%s", buf.String())
		}
		pub, err := f.rep.ODIHRExport(ctx, policy, 2025, true)
		if err != nil {
			t.Fatal(err)
		}
		if c := get(pub.ByType, "threats"); !c.Hidden {
			t.Errorf("policy sees a small count: %+v", c)
		}
		if _, err := f.rep.ODIHRExport(ctx, rickDH, 2025, true); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("detective ODIHR: %v", err)
		}
		if _, err := o.Table("beide"); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("Table(beide): %v", err)
		}
	})
}
