package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"stelsel"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/report"
)

func TestYearlyFigures(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		yearFixture(t, f)
		fig, err := f.rep.Yearly(context.Background(), analyst, 2025, report.YearOptions{Exact: true})
		if err != nil {
			t.Fatal(err)
		}
		if fig.Incidents != 7 {
			t.Errorf("Incidents = %d, want 7", fig.Incidents)
		}
		want := []struct {
			table, row string
			col, n     int
		}{
			// Series 2022..2025: 4, 0, 5, 7.
			{"kerncijfers", "totaal", 0, 4}, {"kerncijfers", "totaal", 1, 0}, {"kerncijfers", "totaal", 2, 5}, {"kerncijfers", "totaal", 3, 7},
			{"kerncijfers", "publieke_taak", 3, 1}, {"kerncijfers", "zonder_publieke_taak", 3, 6}, {"kerncijfers", "online", 3, 2},
			// Multi-ground: incident 2 counts under herkomst and antisemitisme.
			{"gronden", "herkomst", 0, 4}, {"gronden", "antisemitisme", 0, 1}, {"gronden", "seksuele_gerichtheid", 0, 2},
			{"gronden", "godsdienst", 0, 1}, {"gronden", "leeftijd", 0, 0}, {"gronden", "totaal", 0, 7},
			{"verschijningsvormen", "belediging", 0, 4}, {"verschijningsvormen", "bedreiging", 0, 1}, {"verschijningsvormen", "geweld", 0, 1},
			{"verschijningsvormen", "bekladding_vernieling", 0, 1}, {"verschijningsvormen", "totaal", 0, 7},
			// Ground x manifestation: columns in catalog order belediging, bekladding, bedreiging, geweld, uitsluiting, overig, totaal.
			{"grond_vorm", "herkomst", 0, 2}, {"grond_vorm", "herkomst", 1, 1}, {"grond_vorm", "herkomst", 2, 1}, {"grond_vorm", "herkomst", 6, 4},
			{"grond_vorm", "antisemitisme", 2, 1}, {"grond_vorm", "seksuele_gerichtheid", 3, 1}, {"grond_vorm", "seksuele_gerichtheid", 0, 1},
			{"grond_vorm", "totaal", 0, 4}, {"grond_vorm", "totaal", 6, 8},
			{"eenheden", "DH", 0, 4}, {"eenheden", "AM", 0, 2}, {"eenheden", "RT", 0, 1}, {"eenheden", "NN", 0, 0}, {"eenheden", "totaal", 0, 7},
			// Unit x ground: columns in catalog order herkomst, godsdienst, antisemitisme, seksuele_gerichtheid, ...; last = totaal.
			{"eenheid_grond", "DH", 0, 3}, {"eenheid_grond", "DH", 2, 1}, {"eenheid_grond", "DH", 3, 1}, {"eenheid_grond", "DH", 9, 5},
			{"eenheid_grond", "AM", 0, 1}, {"eenheid_grond", "AM", 3, 1}, {"eenheid_grond", "RT", 1, 1}, {"eenheid_grond", "totaal", 9, 8},
			{"indicaties", "online", 0, 2}, {"indicaties", "publieke_taak", 0, 1}, {"indicaties", "moslimdiscriminatie", 0, 1},
			{"indicaties", "antisemitisme", 0, 1}, {"indicaties", "transgender", 0, 0},
			{"soort", "discriminatie", 0, 6}, {"soort", "codis", 0, 1},
		}
		for _, w := range want {
			if c := cell(t, fig, w.table, w.row, w.col); c.N != w.n || c.Hidden {
				t.Errorf("%s[%s][%d] = %+v, want %d", w.table, w.row, w.col, c, w.n)
			}
		}
		// Changes: 7 against 5 (+2, +40%) and against 4 three years before (+3, +75%).
		for col, want := range map[int]string{4: "+2", 5: "+40%", 6: "+3", 7: "+75%"} {
			if c := cell(t, fig, "kerncijfers", "totaal", col); c.Text != want {
				t.Errorf("kerncijfers totaal[%d] = %q, want %q", col, c.Text, want)
			}
		}
		if want := "In 2025 registreerde de politie 7 discriminatie-incidenten: +40% ten opzichte van 2024 en +75% ten opzichte van drie jaar eerder (2022)."; fig.Summary != want {
			t.Errorf("Summary = %q, want %q", fig.Summary, want)
		}
		g, _ := fig.Table("gronden")
		if !strings.Contains(strings.Join(g.Notes, " "), "telt bij elke grond mee (1 incidenten") {
			t.Errorf("ground table lacks the multi-ground note: %q", g.Notes)
		}
		for _, tb := range fig.Tables {
			if tb.Source == "" || tb.DataMoment.IsZero() || !strings.Contains(tb.Version, "catalogus") {
				t.Errorf("table %s lacks source, data moment or version: %q %v %q", tb.ID, tb.Source, tb.DataMoment, tb.Version)
			}
		}
	})
}

func TestYearlyPublicationAndScope(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		yearFixture(t, f)
		ctx := context.Background()
		// Policy staff get the publication form even when they ask for exact counts.
		pub, err := f.rep.Yearly(ctx, policy, 2025, report.YearOptions{Exact: true})
		if err != nil {
			t.Fatal(err)
		}
		c := cell(t, pub, "eenheden", "AM", 0)
		if !c.Hidden || c.Shown() != "<5" {
			t.Errorf("AM count for policy = %+v shown %q, want hidden <5", c, c.Shown())
		}
		// 7 is shown; 0 is shown.
		if c := cell(t, pub, "eenheden", "totaal", 0); c.Hidden || c.Shown() != "7" {
			t.Errorf("total = %q, want 7", c.Shown())
		}
		if c := cell(t, pub, "eenheden", "NN", 0); c.Hidden || c.Shown() != "0" {
			t.Errorf("NN = %q, want 0", c.Shown())
		}
		// The detective's figures cover DH only.
		dh, err := f.rep.Yearly(ctx, rickDH, 2025, report.YearOptions{Exact: true})
		if err != nil {
			t.Fatal(err)
		}
		if dh.Incidents != 4 || dh.Scope != "eenheid Den Haag" {
			t.Errorf("detective DH: %d incidents, scope %q; want 4, eenheid Den Haag", dh.Incidents, dh.Scope)
		}
		if u, _ := dh.Table("eenheden"); len(u.Rows) != 2 {
			t.Errorf("detective DH unit table has %d rows, want DH and total", len(u.Rows))
		}
		// A basisteam officer has no figures.
		if _, err := f.rep.Yearly(ctx, officer, 2025, report.YearOptions{}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("officer Yearly: %v, want forbidden", err)
		}
		if _, err := f.rep.Yearly(ctx, analyst, 1999, report.YearOptions{}); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("Yearly(1999): %v, want invalid", err)
		}
		// CSV: each row starts with its Dutch label; hidden cells print as <5.
		var buf bytes.Buffer
		u, _ := pub.Table("eenheden")
		if err := report.WriteCSV(&buf, u); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
		if err == nil {
			t.Fatal("CSV with title and notes should have ragged rows")
		}
		r := csv.NewReader(strings.NewReader(buf.String()))
		r.FieldsPerRecord = -1
		if recs, err = r.ReadAll(); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, rec := range recs {
			if rec[0] == "Amsterdam" {
				found = true
				if rec[1] != "<5" || rec[2] != "" {
					t.Errorf("CSV Amsterdam row = %q, want <5 and no share", rec)
				}
			}
			if rec[0] == "Den Haag" && rec[1] != "<5" {
				t.Errorf("CSV Den Haag row = %q", rec)
			}
		}
		if !found || !strings.Contains(buf.String(), "Bron: ") || !strings.Contains(buf.String(), "Peilmoment: ") {
			t.Errorf("CSV lacks rows or source line:\n%s", buf.String())
		}
		buf.Reset()
		if err := report.WriteXLSX(&buf, pub.Tables...); err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(x.GetSheetList()); got != len(pub.Tables) {
			t.Errorf("XLSX has %d sheets, want %d", got, len(pub.Tables))
		}
		if v, _ := x.GetCellValue("eenheden", "B4"); v != "0" {
			t.Errorf("XLSX eenheden B4 (Noord-Nederland) = %q, want 0", v)
		}
	})
}

func TestTrendPhrase(t *testing.T) {
	for _, c := range []struct {
		pct  float64
		want string
	}{{2.4, "+2%"}, {24.3, "bijna +25%"}, {25.2, "+25%"}, {11.2, "ruim +10%"}, {-9.6, "-10%"}, {-24.2, "bijna -25%"}, {0, "+0%"}} {
		if got := report.Trend(c.pct); got != c.want {
			t.Errorf("Trend(%v) = %q, want %q", c.pct, got, c.want)
		}
	}
}
