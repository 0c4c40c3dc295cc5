// Package synth generates synthetic Dutch police registrations (BVH) with their true labels,
// for the demo, for tests and for benchmarks. Nothing in it is real: names, streets and
// events are drawn from word lists by a seeded grammar.
//
// # Reproducible
//
// A Generator is built from Options (seed, discriminatory share, near-miss share, period).
// Record(i) depends only on the options and i: the same seed gives the same records on every
// machine and in every order, so generation can run in parallel and resume at any index. The
// randomness is math/rand/v2's PCG, seeded per record from the seed and the index. The
// generator never reads the clock: the default period is the two years before
// DefaultReference.
//
// # What is generated
//
// Each record is a melding, aangifte or mutatie of one of the catalog's units and basisteams,
// in a municipality that team serves, with an incident code and description (F21 Inbraak
// woning, B70 Mishandeling, D20 Burenruzie, V11 Verkeersongeval materieel, F70 Oplichting
// internet, ...). Its text is an officer's narrative of 500 to 5,000 bytes, Dutch, in
// paragraphs separated by line breaks, written by a small template grammar (see grammar.go)
// with many slots, so texts rarely repeat.
//
// A share of the records (default 0.3%) is discriminatory, across every ground of the
// catalog (herkomst incl. anti-zwart racisme and Roma/Sinti, godsdienst incl.
// moslimdiscriminatie, antisemitisme, seksuele gerichtheid, genderidentiteit incl.
// transgender persons, geslacht, handicap, leeftijd, overig) and every manifestation
// (belediging, bekladding/vernieling incl. swastikas, bedreiging, geweld, uitsluiting,
// overig), sometimes online, sometimes against a victim with a public task, with the
// statements quoted as registrations quote them, now and then in filter-dodging spelling
// ("k@nker", "j00d"). A larger share (default 4%) are near-misses: ordinary registrations
// with group words in neutral contexts ("de Turkse eigenaar van de bakkerij", a burglary in a
// mosque), homonyms ("een gebroken poot", "zijn nicht") or swearing aimed at no group.
//
// The Label of a record is the truth a reviewer should reach, in catalog codes. Kind is
// "codis" for threats, violence and damage with a discriminatory motive (an ordinary offence
// with a discriminatory aspect), "discriminatie" for insults, exclusion and other
// statements, "geen_discriminatie" otherwise. A near-miss is never discriminatory.
//
// # Formats
//
// WriteCSV and WriteJSONL write the import format read by the registration importer. CSV has
// a header row with the columns
//
//	registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst
//
// and quotes fields per RFC 4180 (texts contain commas, quotes and line breaks). JSON Lines
// has one object per line with the same keys, all values strings. Dates are ISO 8601 Dutch
// local wall-clock time without offset: registratiedatum as 2026-03-14T21:40:00, pleegdatum
// the same or a bare date (2026-03-14) when the time of the offence is unknown. In a Record
// that wall-clock time is held in time.UTC, and an unknown time of day is midnight exactly.
//
// Registration numbers look like BVH's: "PL" + two digits for the unit + two for the team,
// a dash, the year of registration and seven digits, e.g. PL1503-20251114767. The seven
// digits are a keyed permutation of the index, so numbers are unique within a seed.
//
// WriteLabels writes the labels as JSON Lines keyed by registratienummer:
//
//	{"registratienummer":"PL1503-20251114767","discriminatory":true,"kind":"codis",
//	 "grounds":["antisemitisme"],"manifestation":"bekladding_vernieling",
//	 "indications":["antisemitisme"],"near_miss":false}
//
// The package imports only catalog and the standard library, and does no I/O of its own
// beyond the writers it is handed.
package synth
