package report

import (
	"math/big"
	"sort"
)

// Small-cell suppression for the publication form.
//
// Primary: every count of 1 to 4 is hidden ("<5"). Secondary: a table with totals gives
// the reader linear relations (each row's cells add up to its total, each column's cells
// to the total row); a hidden cell must not be the unique solution of those relations.
// The method:
//
//  1. the line rule: a row or column with exactly one hidden cell gets a second one, the
//     smallest visible positive count in that line (a zero is only taken when nothing
//     else is left);
//  2. the exact check: for each hidden cell, Gaussian elimination over the rationals
//     decides whether the relations, with every visible cell known, fix its value (its
//     unit vector lies in the row space of the relations restricted to the hidden
//     cells). When one is fixed, the visible cell sharing a line with it that breaks
//     this at the smallest count is hidden as well;
//  3. repeat until nothing changes.
//
// Step 2 catches what the line rule misses (a hidden cell that bridges two otherwise
// protected groups). Zero cells stay visible unless needed: a structural zero says
// nothing about a person. Bounds from non-negativity (a hidden cell known to be 1-4 in a
// line whose other hidden cell is tiny) are not a recomputation and are not ruled out.
// Derived text cells (changes, shares) in a row with a hidden count are hidden too.

// cellRef is the position of a count cell.
type cellRef struct{ row, col int }

// Suppress returns the publication form of t: a copy with small cells hidden.
func Suppress(t Table) Table {
	p := t.clone()
	p.Publication = true
	var refs []cellRef
	for i, r := range p.Rows {
		for j, c := range r.Cells {
			if c.Text == "" && !c.Empty {
				refs = append(refs, cellRef{i, j})
			}
		}
	}
	at := func(r cellRef) *Cell { return &p.Rows[r.row].Cells[r.col] }
	for _, r := range refs {
		if c := at(r); c.N >= 1 && c.N <= 4 {
			c.Hidden, c.Primary = true, true
		}
	}
	lines := relations(p, refs)
	for changed := true; changed; {
		changed = false
		// 1. The line rule.
		for _, l := range lines {
			hidden := 0
			for _, r := range l {
				if at(r).Hidden {
					hidden++
				}
			}
			if hidden == 1 {
				if r, ok := smallestVisible(p, l); ok {
					at(r).Hidden, changed = true, true
				}
			}
		}
		if changed {
			continue
		}
		// 2. The exact check.
		for _, h := range refs {
			if !at(h).Hidden || !Derivable(p, h.row, h.col) {
				continue
			}
			cands := neighbours(p, lines, h)
			fixed := false
			for _, c := range cands {
				at(c).Hidden = true
				if !Derivable(p, h.row, h.col) {
					fixed = true
					break
				}
				at(c).Hidden = false
			}
			if !fixed && len(cands) > 0 {
				at(cands[0]).Hidden = true
			}
			if len(cands) > 0 {
				changed = true
				break
			}
		}
	}
	for i, r := range p.Rows {
		hidden := false
		for _, c := range r.Cells {
			hidden = hidden || c.Hidden
		}
		if !hidden {
			continue
		}
		for j, c := range r.Cells {
			if c.Text != "" {
				p.Rows[i].Cells[j] = Cell{Text: "x", Hidden: true}
			}
		}
	}
	return p
}

// relations returns the lines of t that add up: each row ending in a total column, each
// column ending in a total row. Each line lists its cells, the total last.
func relations(t Table, refs []cellRef) [][]cellRef {
	isCount := map[cellRef]bool{}
	for _, r := range refs {
		isCount[r] = true
	}
	var lines [][]cellRef
	nrows := len(t.Rows)
	ncols := 0
	for _, r := range t.Rows {
		ncols = max(ncols, len(r.Cells))
	}
	if t.TotalCol {
		for i := range nrows {
			var l []cellRef
			for j := range ncols {
				if isCount[cellRef{i, j}] {
					l = append(l, cellRef{i, j})
				}
			}
			if len(l) > 1 {
				lines = append(lines, l)
			}
		}
	}
	if t.TotalRow {
		for j := range ncols {
			var l []cellRef
			for i := range nrows {
				if isCount[cellRef{i, j}] {
					l = append(l, cellRef{i, j})
				}
			}
			if len(l) > 1 {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// smallestVisible returns the visible cell of line l to hide next: the smallest positive
// count, else a zero.
func smallestVisible(t Table, l []cellRef) (cellRef, bool) {
	best, found := cellRef{}, false
	key := func(r cellRef) int {
		n := t.Rows[r.row].Cells[r.col].N
		if n == 0 {
			return 1 << 40 // zeros last
		}
		return n
	}
	for _, r := range l {
		if t.Rows[r.row].Cells[r.col].Hidden {
			continue
		}
		if !found || key(r) < key(best) {
			best, found = r, true
		}
	}
	return best, found
}

// neighbours returns the visible cells sharing a line with h, smallest positive first.
func neighbours(t Table, lines [][]cellRef, h cellRef) []cellRef {
	seen := map[cellRef]bool{}
	var out []cellRef
	for _, l := range lines {
		in := false
		for _, r := range l {
			in = in || r == h
		}
		if !in {
			continue
		}
		for _, r := range l {
			if !seen[r] && !t.Rows[r.row].Cells[r.col].Hidden {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	key := func(r cellRef) int {
		n := t.Rows[r.row].Cells[r.col].N
		if n == 0 {
			return 1 << 40
		}
		return n
	}
	sort.SliceStable(out, func(a, b int) bool { return key(out[a]) < key(out[b]) })
	return out
}

// Derivable reports whether the hidden cell (row, col) of t has one value only, given
// its visible cells and the table's sums: whether its unit vector lies in the row space
// of the relations restricted to the hidden cells.
func Derivable(t Table, row, col int) bool {
	var refs []cellRef
	for i, r := range t.Rows {
		for j, c := range r.Cells {
			if c.Text == "" && !c.Empty {
				refs = append(refs, cellRef{i, j})
			}
		}
	}
	var hidden []cellRef
	index := map[cellRef]int{}
	for _, r := range refs {
		if t.Rows[r.row].Cells[r.col].Hidden {
			index[r] = len(hidden)
			hidden = append(hidden, r)
		}
	}
	target, ok := index[cellRef{row, col}]
	if !ok {
		return true // visible
	}
	var m [][]*big.Rat
	for _, l := range relations(t, refs) {
		v := make([]*big.Rat, len(hidden))
		nz := false
		for k := range v {
			v[k] = new(big.Rat)
		}
		for i, r := range l {
			if k, ok := index[r]; ok {
				coef := int64(1)
				if i == len(l)-1 {
					coef = -1 // the total
				}
				v[k].SetInt64(coef)
				nz = true
			}
		}
		if nz {
			m = append(m, v)
		}
	}
	return inRowSpace(m, target, len(hidden))
}

// inRowSpace reports whether unit vector e_target is a combination of m's rows.
func inRowSpace(m [][]*big.Rat, target, n int) bool {
	type pivotRow struct {
		col int
		v   []*big.Rat
	}
	var piv []pivotRow
	for _, row := range m {
		v := make([]*big.Rat, n)
		for k := range v {
			v[k] = new(big.Rat).Set(row[k])
		}
		for _, p := range piv {
			if v[p.col].Sign() != 0 {
				f := new(big.Rat).Set(v[p.col])
				for k := range v {
					v[k].Sub(v[k], new(big.Rat).Mul(f, p.v[k]))
				}
			}
		}
		pc := -1
		for k := range v {
			if v[k].Sign() != 0 {
				pc = k
				break
			}
		}
		if pc < 0 {
			continue
		}
		inv := new(big.Rat).Inv(v[pc])
		for k := range v {
			v[k].Mul(v[k], inv)
		}
		// Keep earlier pivot rows reduced in the new pivot column.
		for i := range piv {
			if f := new(big.Rat).Set(piv[i].v[pc]); f.Sign() != 0 {
				for k := range v {
					piv[i].v[k].Sub(piv[i].v[k], new(big.Rat).Mul(f, v[k]))
				}
			}
		}
		piv = append(piv, pivotRow{pc, v})
	}
	e := make([]*big.Rat, n)
	for k := range e {
		e[k] = new(big.Rat)
	}
	e[target].SetInt64(1)
	for _, p := range piv {
		if e[p.col].Sign() != 0 {
			f := new(big.Rat).Set(e[p.col])
			for k := range e {
				e[k].Sub(e[k], new(big.Rat).Mul(f, p.v[k]))
			}
		}
	}
	for _, x := range e {
		if x.Sign() != 0 {
			return false
		}
	}
	return true
}
