// Package report computes every table of figures in one place and hands the result to the
// web pages, the JSON API and the command line: the yearly police discrimination figures,
// their frozen snapshots, the ODIHR/FRA export, RDO case overviews, monthly trends with
// spike detection and repeat patterns, commitments and earmarked budgets, and the tables of
// the half-year report; CSV and XLSX writers for all of them.
//
// It reads the domain packages through their services, with the acting access.Actor, so
// their permission checks apply; it never reads their tables. It owns only its own
// tables (figure snapshots, commitments). Figures for publication go through Suppress,
// which hides small counts and whatever would let them be recomputed from the totals.
//
// Every figure is reproducible: it records its data moment (decisions made or confirmed
// later do not count), the catalog and lexicon version, and an established snapshot keeps
// its canonical encoding with a content hash.
package report
