package report

import (
	"strconv"
)

// MethodBreak is a year from which the police figures were counted differently, so that
// earlier years are not comparable. Series mark them; trend baselines never span them.
type MethodBreak struct {
	Year   int    `json:"jaar"`
	Reason string `json:"reden"`
}

// MethodBreaks are the breaks in the police discrimination figures (DOMAIN.md §1a).
var MethodBreaks = []MethodBreak{
	{2014, "nieuwe landelijke methode; niet vergelijkbaar met eerdere jaren"},
	{2017, "verzamelproces gewijzigd"},
	{2019, "incidenten tegen werknemers met een publieke taak tellen mee in het totaal"},
}

// BreakIn returns the method break of year, if there is one.
func BreakIn(year int) (MethodBreak, bool) {
	for _, b := range MethodBreaks {
		if b.Year == year {
			return b, true
		}
	}
	return MethodBreak{}, false
}

// lastBreak returns the latest break year at or before year, 0 if none.
func lastBreak(year int) int {
	out := 0
	for _, b := range MethodBreaks {
		if b.Year <= year && b.Year > out {
			out = b.Year
		}
	}
	return out
}

// published is the police series as published in Discriminatiecijfers (DOMAIN.md §1a):
// year, total, and the public-task incidents reported apart (0 when included or unknown).
var published = []struct{ year, total, apart int }{
	{2014, 5721, 0}, {2016, 4376, 0}, {2017, 3499, 1506}, {2018, 3299, 1375}, {2019, 5487, 0},
	{2020, 6141, 0}, {2021, 6580, 0}, {2022, 6738, 0}, {2023, 8990, 0}, {2024, 9613, 0},
}

// PublishedSeries is the published police series, with the method breaks marked, for
// comparison with what stelsel counts.
func PublishedSeries() Table {
	t := Table{ID: "gepubliceerd", Title: "Gepubliceerde politiecijfers (Discriminatiecijfers)", Stub: "Jaar",
		Columns: []string{"incidenten", "publieke taak, apart gerapporteerd"}, Source: "Discriminatiecijfers (politie), gepubliceerde jaarcijfers",
		Version: "gepubliceerd", Notes: []string{"Vóór 2019 werden incidenten tegen werknemers met een publieke taak apart gerapporteerd; niet elk jaar is gepubliceerd in deze bron."}}
	for _, p := range published {
		r := Row{Code: strconv.Itoa(p.year), Label: strconv.Itoa(p.year), Cells: []Cell{{N: p.total}, {N: p.apart}}}
		if p.apart == 0 {
			r.Cells[1] = Cell{Text: "-"}
		}
		if b, ok := BreakIn(p.year); ok {
			r.Break = b.Reason
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}
