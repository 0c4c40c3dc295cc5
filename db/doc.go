// Package db opens the one database of stelsel, SQLite or PostgreSQL, from a single DSN,
// applies the embedded migrations for its dialect, and runs transactions.
//
// Domain packages write their SQL with '?' placeholders; DB and Tx rewrite them to the
// dialect's form. Dialect differences that SQL cannot hide (upserts, bulk copy, full-text
// search) are branched on with Dialect in the domain package that owns the SQL.
//
// db must never import a domain package.
package db
