package report_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"stelsel/db/dbtest"
	"stelsel/report"
)

// grid builds a table with total row and column from interior counts.
func grid(interior [][]int) report.Table {
	t := report.Table{ID: "t", Title: "t", TotalRow: true, TotalCol: true}
	cols := len(interior[0])
	for j := 0; j <= cols; j++ {
		t.Columns = append(t.Columns, fmt.Sprint("k", j))
	}
	tot := make([]int, cols+1)
	for i, r := range interior {
		row := report.Row{Label: fmt.Sprint("r", i)}
		sum := 0
		for j, n := range r {
			row.Cells = append(row.Cells, report.Cell{N: n})
			sum += n
			tot[j] += n
		}
		tot[cols] += sum
		row.Cells = append(row.Cells, report.Cell{N: sum})
		t.Rows = append(t.Rows, row)
	}
	tr := report.Row{Label: "totaal"}
	for _, n := range tot {
		tr.Cells = append(tr.Cells, report.Cell{N: n})
	}
	t.Rows = append(t.Rows, tr)
	return t
}

func TestSuppressHandComputed(t *testing.T) {
	p := report.Suppress(grid([][]int{{10, 3, 20}, {12, 15, 8}, {30, 25, 40}}))
	var got []string
	for i, r := range p.Rows {
		for j, c := range r.Cells {
			if c.Hidden {
				got = append(got, fmt.Sprintf("%d,%d=%s", i, j, c.Shown()))
			}
		}
	}
	want := "[0,0=x 0,1=<5 1,0=x 1,1=x]"
	if fmt.Sprint(got) != want {
		t.Errorf("hidden cells = %v, want %s", got, want)
	}
	// A total of 1-4 is hidden too, and the rest protects it.
	p = report.Suppress(grid([][]int{{1, 2}, {20, 30}}))
	if c := p.Rows[0].Cells[2]; !c.Hidden || !c.Primary {
		t.Errorf("row total 3 = %+v, want hidden as <5", c)
	}
	attack(t, "small total", p)
}

// attack tries to recompute every hidden cell of p from its visible cells and totals,
// two ways: repeated single-unknown lines (what a reader does by hand) and, with
// floating point linear algebra independent of the package, whether the cell's unit
// vector lies in the row space of the relations over the hidden cells. It fails the test
// when either finds a value, and checks the visible cells are the exact ones.
func attack(t *testing.T, name string, p report.Table) {
	t.Helper()
	nr, nc := len(p.Rows), len(p.Rows[0].Cells)
	known := make([][]bool, nr)
	val := make([][]float64, nr)
	for i := range nr {
		known[i], val[i] = make([]bool, nc), make([]float64, nc)
		for j := range nc {
			c := p.Rows[i].Cells[j]
			if !c.Hidden {
				known[i][j], val[i][j] = true, float64(c.N)
			}
		}
	}
	// Lines: each row (cells then total) and each column.
	type ref struct{ i, j int }
	var lines [][]ref
	for i := range nr {
		var l []ref
		for j := range nc {
			l = append(l, ref{i, j})
		}
		lines = append(lines, l)
	}
	for j := range nc {
		var l []ref
		for i := range nr {
			l = append(l, ref{i, j})
		}
		lines = append(lines, l)
	}
	for progress := true; progress; {
		progress = false
		for _, l := range lines {
			var unknown []ref
			for _, r := range l {
				if !known[r.i][r.j] {
					unknown = append(unknown, r)
				}
			}
			if len(unknown) != 1 {
				continue
			}
			u := unknown[0]
			total := l[len(l)-1]
			sum := 0.0
			for _, r := range l[:len(l)-1] {
				if r != u {
					sum += val[r.i][r.j]
				}
			}
			if u == total {
				val[u.i][u.j] = sum
			} else {
				val[u.i][u.j] = val[total.i][total.j] - sum
			}
			known[u.i][u.j] = true
			progress = true
			t.Errorf("%s: hidden cell (%d,%d) recomputed by hand as %v", name, u.i, u.j, val[u.i][u.j])
		}
	}
	// Linear algebra over the hidden cells.
	var hidden []ref
	idx := map[ref]int{}
	for i := range nr {
		for j := range nc {
			if p.Rows[i].Cells[j].Hidden {
				idx[ref{i, j}] = len(hidden)
				hidden = append(hidden, ref{i, j})
			}
		}
	}
	var m [][]float64
	for _, l := range lines {
		row := make([]float64, len(hidden))
		for k, r := range l {
			if h, ok := idx[r]; ok {
				row[h] = 1
				if k == len(l)-1 {
					row[h] = -1
				}
			}
		}
		m = append(m, row)
	}
	for h, r := range hidden {
		if inSpan(m, h, len(hidden)) {
			t.Errorf("%s: hidden cell (%d,%d) = %d is fixed by the totals", name, r.i, r.j, p.Rows[r.i].Cells[r.j].N)
		}
	}
}

// inSpan reports whether unit vector e_h is in the span of m's rows: rank(m) equals
// rank(m + e_h).
func inSpan(m [][]float64, h, n int) bool {
	e := make([]float64, n)
	e[h] = 1
	return rank(m) == rank(append(append([][]float64{}, m...), e))
}

func rank(m [][]float64) int {
	a := make([][]float64, len(m))
	for i := range m {
		a[i] = append([]float64(nil), m[i]...)
	}
	r := 0
	if len(a) == 0 {
		return 0
	}
	for c := 0; c < len(a[0]) && r < len(a); c++ {
		p := r
		for i := r; i < len(a); i++ {
			if math.Abs(a[i][c]) > math.Abs(a[p][c]) {
				p = i
			}
		}
		if math.Abs(a[p][c]) < 1e-9 {
			continue
		}
		a[r], a[p] = a[p], a[r]
		for i := range a {
			if i != r && math.Abs(a[i][c]) > 1e-12 {
				f := a[i][c] / a[r][c]
				for k := c; k < len(a[i]); k++ {
					a[i][k] -= f * a[r][k]
				}
			}
		}
		r++
	}
	return r
}

// TestSuppressionNotDerivable suppresses many random tables full of small counts and
// attacks every hidden cell.
func TestSuppressionNotDerivable(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 2025))
	for n := range 300 {
		rows, cols := 2+rng.IntN(7), 2+rng.IntN(6)
		in := make([][]int, rows)
		for i := range in {
			in[i] = make([]int, cols)
			for j := range in[i] {
				switch rng.IntN(4) {
				case 0:
					in[i][j] = 0
				case 1:
					in[i][j] = 1 + rng.IntN(4)
				default:
					in[i][j] = rng.IntN(60)
				}
			}
		}
		orig := grid(in)
		p := report.Suppress(orig)
		name := fmt.Sprintf("table %d (%dx%d)", n, rows, cols)
		attack(t, name, p)
		for i, r := range p.Rows {
			for j, c := range r.Cells {
				if c.N != orig.Rows[i].Cells[j].N {
					t.Fatalf("%s: cell (%d,%d) changed", name, i, j)
				}
				if o := orig.Rows[i].Cells[j].N; o >= 1 && o <= 4 && !c.Hidden {
					t.Errorf("%s: small cell (%d,%d) = %d shown", name, i, j, o)
				}
			}
		}
		if orig.Rows[0].Cells[0].Hidden {
			t.Fatalf("%s: Suppress changed its input", name)
		}
	}
}

// TestSuppressBridge: the line rule alone leaves a hidden cell that the totals fix
// (two protected blocks joined through one row); the exact check must catch it.
func TestSuppressBridge(t *testing.T) {
	tb := grid([][]int{
		{1, 1, 50, 50},
		{1, 1, 50, 50},
		{50, 50, 2, 2},
		{50, 50, 2, 2},
	})
	attack(t, "bridge", report.Suppress(tb))
}

// TestPublishedFiguresNotDerivable attacks every table of the fixture's publication form.
func TestPublishedFiguresNotDerivable(t *testing.T) {
	f := newFixture(t, dbtest.SQLite(t))
	yearFixture(t, f)
	pub, err := f.rep.Yearly(context.Background(), policy, 2025, report.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range pub.Tables {
		if tb.TotalRow && tb.TotalCol {
			attack(t, tb.ID, tb)
		}
		hidden := 0
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if c.Hidden {
					hidden++
				}
			}
		}
		if tb.ID == "grond_vorm" && hidden == 0 {
			t.Errorf("grond_vorm hides nothing")
		}
	}
}
