// Package desk is the help-desk guide (lokettenwijzer): every internal and external desk
// an employee can turn to for care, integrity and social safety, kept as versioned data
// (every edit by an administrator adds a version; none is overwritten), and the guided
// question flow that proposes the fitting desks side by side.
//
// The first versions and the reference lists (themes, confidentiality levels, the guide's
// topics and needs) are data in desks.json. The Sociaal Loket exists only in the pilot
// units (Amsterdam, Midden-Nederland, Limburg and the Politiedienstencentrum).
//
// The guide must never store or log what an employee answers: Propose is pure
// computation, and the audit trail records only that the guide was opened (GuideOpened).
// desk must never import web or cmd.
package desk
