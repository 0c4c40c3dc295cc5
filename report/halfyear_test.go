package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/complaint"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
	"stelsel/report"
)

func TestHalfYearReport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		f.add(t,
			inc{unit: "DH", day: "2026-01-10", grounds: "herkomst", manifestation: "belediging"},
			inc{unit: "AM", day: "2026-01-11", grounds: "seksuele_gerichtheid", manifestation: "geweld", indications: "publieke_taak"},
			inc{unit: "DH", day: "2025-02-10", grounds: "herkomst", manifestation: "belediging"},
			inc{unit: "DH", day: "2026-07-10", grounds: "herkomst", manifestation: "belediging"}, // second half: not counted
		)
		// Without the integrity and complaints services the document says what is missing.
		h, err := f.rep.HalfYearReport(ctx, policy, 2026, 1, false)
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Sections) != 4 || h.Sections[1].Missing == "" || h.Sections[2].Missing == "" || len(h.Sections[0].Tables) == 0 || len(h.Sections[3].Tables) != 3 {
			t.Fatalf("sections = %+v", h.Sections)
		}
		// With them: real integrity reports and a real complaint in the half year.
		trail := access.NewTrail(d, nil)
		users := access.NewUsers(d, trail, nil)
		isvc, err := integrity.New(d, trail, users, []byte("0123456789abcdef0123456789abcdef"), func() time.Time { return f.clock })
		if err != nil {
			t.Fatal(err)
		}
		for _, desc := range []string{"Collega maakt racistische grappen.", "Informatie gelekt aan een bekende."} {
			if _, _, err := isvc.ReportAnonymous(ctx, integrity.ReportInput{Unit: "DH", Description: desc,
				Subjects: []integrity.Subject{{Name: "onbekende collega", Unit: "DH"}}}); err != nil {
				t.Fatal(err)
			}
		}
		csvc := complaint.NewService(d, trail, users, catalog.Default(), func() time.Time { return f.clock })
		if _, err := csvc.Register(ctx, system, complaint.Submission{Name: "Samira El Amrani", Email: "samira@example.nl", Unit: "DH",
			What: "Ik werd op straat aangehouden zonder uitleg; volgens mij vanwege mijn afkomst.", When: "2026-01-20", Where: "Den Haag",
			Employee: "Twee agenten", Wish: "Uitleg.", EthnicProfiling: true, Grounds: []string{"herkomst"}, Channel: "telefoon", Oral: true}); err != nil {
			t.Fatal(err)
		}
		f.rep.Integrity, f.rep.Complaints = isvc, csvc
		h, err = f.rep.HalfYearReport(ctx, system, 2026, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		find := func(sec int, id, row string, col int) report.Cell {
			for _, tb := range h.Sections[sec].Tables {
				if tb.ID != id {
					continue
				}
				for _, r := range tb.Rows {
					if r.Code == row {
						return r.Cells[col]
					}
				}
			}
			t.Fatalf("section %d has no %s/%s: %+v", sec, id, row, h.Sections[sec])
			return report.Cell{}
		}
		for _, c := range []struct {
			sec     int
			id, row string
			col, n  int
		}{
			{0, "hj_kerncijfers", "totaal", 0, 1}, {0, "hj_kerncijfers", "totaal", 1, 2}, {0, "hj_kerncijfers", "publieke_taak", 1, 1},
			{0, "eenheden", "DH", 0, 1}, {0, "eenheden", "AM", 0, 1},
			{1, "vik_kerncijfers", "ontvangen", 0, 2}, {1, "vik_kerncijfers", "gesloten", 0, 0},
			{2, "klachten_eenheid", "DH", 0, 1}, {2, "klachten_eenheid", "DH", 1, 1}, {2, "klachten_eenheid", "totaal", 0, 1},
		} {
			if got := find(c.sec, c.id, c.row, c.col); got.N != c.n {
				t.Errorf("%s %s[%d] = %d, want %d", c.id, c.row, c.col, got.N, c.n)
			}
		}
		for _, s := range h.Sections {
			if s.Missing != "" {
				t.Errorf("section %s missing: %s", s.ID, s.Missing)
			}
		}
		// Publication form: the 1 and 2 become <5; the workbook has a contents sheet.
		pub, err := f.rep.HalfYearReport(ctx, policy, 2026, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		if !pub.Publication || pub.Sections[1].Tables[0].Rows[0].Cells[0].Shown() != "<5" {
			t.Errorf("policy half-year not in publication form: %+v", pub.Sections[1].Tables[0])
		}
		var buf bytes.Buffer
		if err := report.WriteHalfYearXLSX(&buf, pub); err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if s := x.GetSheetList(); s[0] != "inhoud" || len(s) < 10 {
			t.Errorf("sheets = %v", s)
		}
		if !strings.Contains(pub.Title(), "Eerste halfjaarbericht politie 2026") {
			t.Errorf("title %q", pub.Title())
		}
		if _, err := f.rep.HalfYearReport(ctx, policy, 2026, 3, false); err == nil {
			t.Errorf("half 3 accepted")
		}
	})
}
