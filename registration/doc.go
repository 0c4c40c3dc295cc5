// Package registration is the ECAD-P work on BVH registrations: importing exports (CSV and
// JSON Lines), screening every text with the lexicon in use, the review queue, the
// experts' decisions, BVH codes going back out, and the per-unit lists.
//
// Everything goes through a *Service, and every call takes the acting access.Actor, so the
// web pages, the JSON API and the command line obey the same rules:
//
//	svc := registration.NewService(d, trail, screener, cat, time.Now)
//	res, err := svc.Import(ctx, actor, "export.csv", registration.ImportOptions{})
//	page, err := svc.Queue(ctx, actor, registration.QueueFilter{Unit: "DH"})
//	det, err := svc.Get(ctx, actor, "2026-DH-000123", "beoordeling")
//	dec, err := svc.Decide(ctx, actor, "2026-DH-000123", registration.DecisionInput{...})
//
// # Import format
//
// CSV with a header row, or JSON Lines (one object per line), with the fields
// registratienummer, soort (melding | aangifte | mutatie), eenheid (code or name from the
// catalog), basisteam, incidentcode, omschrijving, pleegdatum (optional), registratiedatum,
// gemeente and tekst, and optionally adres, platform and persoon (OptionalFields: a file
// may leave the columns or keys out). Dates are ISO 8601: 2026-03-01, 2026-03-01T14:30:00 (Dutch local
// time) or with an offset, 2026-03-01T14:30:00+01:00. Texts must be valid UTF-8, not empty
// and at most MaxTextBytes long. See testdata/sample.csv and testdata/sample.jsonl.
//
// Import is idempotent and resumable: each version carries a content hash; an unchanged
// record is skipped, a changed one becomes version n+1 and is screened again. Records
// are committed in batches, so an interrupted import loses at most the batch in flight,
// and running it again stores every record exactly once. Bad records are reported with
// file, line, field and reason; the good records of the file still land; the bad ones are
// written to a reject file next to the input (FILE.rejects.csv, or FILE.rejects.jsonl
// for JSON Lines input) with the reason in extra columns. A later occurrence of a number
// already seen in the same file is rejected; the first one wins.
//
// # Queue priority
//
// Every flagged registration (screening score 25 or more, see screen/score.go) is in the
// queue. The queue is ordered by priority, highest first, then by registration date, newest
// first, then by number. Priority is 10000 x score (0-100) + 1000 x (number of strong hits,
// at most 9) + 10 x (number of distinct hits, at most 99) + (number of grounds, at most 9):
// the strongest signal first (slurs, symbols, hostile statements, motive constructions),
// then registrations with more evidence. A registration with only a weak group word keeps
// its hits (findable) but is not in the queue. Listing is keyset-paginated (QueueFilter.After) on that order.
//
// # Finding things in the queue
//
// The queue sorts by one column up or down (QueueFilter.Sort, queuesort.go), ties keeping
// the queue order; paging, the position and next/previous follow the chosen order. It
// filters by unit, ground, kind, strength, a lexicon term, the least score, the number's
// start, the reviewer of the decision in force ("mijn beoordelingen") and, for actors
// who may read texts (access.ReadRegistration, in their units only), by text: every word
// must occur in the current text, also inside a word, case and diacritics folded. The
// text index covers the queue items only (migration 00310: FTS5 with the trigram
// tokenizer on SQLite, pg_trgm on PostgreSQL), kept in step by triggers on queue_items.
//
// # Decisions
//
// Decisions are append-only. A correction is a new decision that supersedes the previous
// one; the history shows both. With four-eyes on (Service.FourEyes), every final decision
// (all but "meer informatie") waits for another reviewer's Confirm before it takes effect
// and its code goes out to BVH; so does a correction that withdraws a code.
//
// A reviewer may undo their own newest decision within Service.UndoWindow (default five
// minutes; Undo): it stays in the history marked undone, sealed and audited, and never
// counts again (not in the code export, not in figures); the decision before it is in
// force again. Not when a second reviewer confirmed it (four-eyes) or a code export
// already sent it to BVH: then only a correction, going out with the next export.
//
// Decisions on one registration never fork: Decide locks the registration first and
// moves the queue item on only from the newest decision it read. A save made on a stale
// view (DecisionInput.Basis is not the newest decision) is refused with ECONFLICT naming
// the newer decision; a save equal to the newest decision writes nothing. Opening a
// queue item claims it for ClaimFor ("in behandeling bij"), and Neighbour (next and
// previous) skips items others hold.
//
// # What BVH receives
//
// The code export sends, per unit, the latest effective decision of each registration
// whose decision became effective in the period, with its articles, indications and
// grounds, as one of three codes (BVHCode): DISCRIMINATIE for "discriminatie", CODIS for
// "codis", and GEEN for every "geen discriminatie" decision, the first one included: BVH
// records that the registration was judged not discriminatory, and a code sent earlier
// lapses. "Meer informatie" decisions are never sent.
//
// Permission: the service checks every call against access's permission table. A
// registration the actor may not see answers ENOTFOUND exactly like a missing one.
// Every detail read and every change is written to the audit trail (changes in the same
// transaction). This package must never import web or cmd.
package registration
