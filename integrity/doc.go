// Package integrity is the integrity system (VIK: Veiligheid, Integriteit en Klachten):
// reports in three ways, uniform triage, tracks kept apart as separate access domains,
// the disciplinary decision chain and OM decisions, care and rights of the employee, the
// learning registration and its figures, the manager's handelingskader, deadlines and
// repeated-report signals.
//
// Everything goes through a *Service, and every call takes the acting access.Actor, so the
// web pages, the JSON API and the command line obey the same rules and write the same
// audit trail (actor, case, track, reason):
//
//	svc, err := integrity.New(d, trail, users, key, time.Now)   // key: access.LoadKey("identiteit", integrity.IdentityKeyEnv, file, getenv)
//	c, err := svc.Report(ctx, employee, integrity.ReportInput{Kind: integrity.KindConfidential, ...})
//	number, code, err := svc.ReportAnonymous(ctx, in)   // public /melden; code shown once
//	c, err = svc.Triage(ctx, triage, number, integrity.TriageInput{Checklist: ..., Rationale: ...})
//	c, err = svc.Confirm(ctx, secondTriage, number, 0)  // four-eyes: disciplinary, criminal, LTIO
//	c, err = svc.Assign(ctx, triage, number, integrity.TrackDisciplinary, "o.nderzoeker", "reden")
//	c, err = svc.Get(ctx, actor, number, "reden")       // only the tracks the actor may read
//
// # Who sees what
//
// The rights are rows of the one permission table (access/permissions.go); this package
// joins them with the case data (rules.go): a unit's VIK staff see the unit's cases; LTIO
// sees cases with an LTIO track, across units; a manager sees only the functioning track
// of cases about their own team; criminal investigators, disciplinary investigators and
// counsellors see the tracks (or care record) they are assigned to. A subject of a case
// (by account) never sees it and cannot be assigned to it. Nobody is assigned to both the
// disciplinary and the criminal track of one case, and whoever is assigned to one never
// reads the other; information moves between them only by a reasoned Transfer of the
// competent authority. A case or track the actor may not see answers exactly like a
// missing one (ENOTFOUND).
//
// # Reporters
//
// A named report carries the reporter's name. A confidential reporter's identity is sealed
// with AES-256-GCM (key from $STELSEL_IDENTITY_KEY or a key file; there is no default key),
// bound to the case number; only the intake desk can open it (Identity, audited with its
// reason) and Reveal makes it visible only with the reporter's recorded consent (Wbk art.
// 1a). The reporter's account is stored as a keyed hash only, so they can follow their
// own report (MyReports). An anonymous reporter gets a 20-digit receipt code, stored only
// as an argon2id hash with this installation's salt; with it, the postbox (OpenPostbox,
// ReplyPostbox) shows VIK's questions and takes answers. These calls receive no request
// data at all; a wrong code answers like every other wrong code; all attempts together
// are rate limited, since there is nothing per reporter to count by.
//
// # Figures for report/
//
// HalfYearFigures(ctx, actor, from, to) returns, per half year (label "2026-H1"), the
// reports received and, for the cases closed in it (the learning registration is made at
// closure): counts per category, circumstance, unit, route, outcome, sanction,
// educational measure and learning measure, and lead times (received to closed: mean,
// median, p90 in days). It needs access.IntegrityFigures and covers the actor's units
// (all for national scope); Figures.CatalogVersion and ComputedAt make a table
// reproducible. Anything meant for publication shows counts through Suppress, which turns
// 1-4 into "<5". Codes are labelled with catalog.Default() (categories, sanctions,
// educational measures) and catalog.DefaultIntegrity() (routes, outcomes, circumstances).
//
// integrity must never import web or cmd, and never reads another domain's tables.
package integrity
