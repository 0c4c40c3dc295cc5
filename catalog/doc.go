// Package catalog holds the versioned reference lists that the rest of stelsel names:
// discrimination grounds, indications, manifestations, criminal-law articles, decision
// kinds, ODIHR bias categories, integrity categories, sanctions, educational measures,
// regional units and their basisteams.
//
// The lists are data (catalog.json, embedded), not switch statements: taxonomies change
// over time, and every figure records the catalog version it was computed with. The
// package must never import another stelsel package and never do I/O beyond reading its
// embedded data.
package catalog
