// Package complaint handles complaints from citizens about the conduct of police
// employees (klachtbehandeling, Awb chapter 9 and the Politiewet 2012), with special care
// for complaints about ethnic profiling and discrimination ("Verkleurde beelden").
//
// The flow: a complaint comes in through the public form (File) or is registered by staff
// (Register; by phone, at the desk, by letter, orally, or on behalf of someone else). The
// klachtencoördinator assesses it (Assess): taken up with a handler, or refused on an
// Awb 9:8 ground (catalog complaint_refusal_grounds) with a refusal letter. Markers
// (Mark) and the Verkleurde beelden fields (RecordVerkleurde) apply to ethnic profiling and
// discrimination complaints; an NDV adviser can be assigned (AssignNDV). Phase 1 (Phase1)
// settles informally; phase 2 sends the case to the complaints commission (ToCommission,
// Advise) and ends with the written judgement (Judge). Deadlines follow Awb 9:11
// (deadline.go): 6 weeks, 10 with the commission, one extension of at most 4 weeks with
// notice to the complainant and the employee (Extend), longer only with recorded written
// consent (RecordConsent). Letters are rendered from letters.json and stored as sent.
//
// Access: every call takes the acting access.Actor. Unit staff see their units'
// complaints; commission members only the cases sent to them; NDV advisers only the
// cases assigned; the employee complained about never sees their case, whatever their
// role. A complaint the actor may not see answers exactly like a missing one (ENOTFOUND).
// Every read, change and refusal is written to the audit trail.
//
// # Figures for the half-year report
//
// The report package gets the counts through one call, with the acting user:
//
//	fig, err := complaints.Figures(ctx, actor, complaint.FigureFilter{From: from, To: to})
//
// It needs the permission access.ComplaintFigures (a klachtencoördinator counts their own
// units; national roles every unit). Figures holds exact counts per unit, marker, phase and
// outcome, the lead time (median and mean days from receipt to closing), the number
// settled in phase 1 and sent to phase 2, and per marker the shape of the seed's table.
// For anything published use complaint.Public(n) per cell or Figures.Published(), which
// show counts 1 to 4 as "<5". The call is audited with its filter, and the result carries
// the catalog version and the moment it was computed, so a figure can be reproduced.
//
// complaint must never import web or cmd, and never reads another package's tables.
package complaint
