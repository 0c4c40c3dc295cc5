// Package access knows who acts: users and their roles and units, the Actor passed to every
// domain service call, the one permission table, sessions and login (local passwords and
// OIDC), and the hash-chained audit trail.
//
// Permission checks are made here, called from the domain services, so the web pages, the
// JSON API and the command line obey the same rules. access must never import a domain
// package.
package access
