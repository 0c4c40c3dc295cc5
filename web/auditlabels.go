package web

import "strings"

// The audit trail stores stable codes; people read Dutch. Actions and object kinds
// written by any package get their label here (an unknown code is shown as it is).
var auditActionLabels = map[string]string{
	"view": "Inzage", "create": "Aangemaakt", "change": "Gewijzigd", "confirm": "Bevestigd", "export": "Export",
	"import": "Import", "screen": "Screening", "lexicon.activate": "Lexicon in gebruik genomen", "login": "Ingelogd",
	"logout": "Uitgelogd", "denied": "Geweigerd", "token.use": "API-token gebruikt",
	// integrity (package integrity)
	"assign": "Toegewezen", "unassign": "Toewijzing ingetrokken", "transfer": "Stuk overgedragen", "triage": "Triage",
	"triage.reject": "Terug naar triage", "step": "Processtap", "om.decision": "Beslissing OM", "close": "Afgesloten",
	"identity.view": "Identiteit melder ingezien", "identity.reveal": "Identiteit melder bekendgemaakt",
	// registrations: the basisteam's follow-up
	"followup.done": "Opvolging afgevinkt",
}

var auditKindLabels = map[string]string{
	"registration": "Registratie", "registrations": "Registraties", "registration_file": "Importbestand",
	"user": "Gebruiker", "api_token": "API-token", "audit_log": "Audittrail", "bvh_codes": "BVH-codes",
	"unit_list": "Eenheidslijst", "lexicon": "Lexicon", "route": "Pagina", "rdo_overview": "RDO-overzicht",
	"commitment": "Toezegging", "complaint": "Klacht", "complaint_figures": "Klachtcijfers", "complaint_list": "Klachtenlijst",
	"desk_guide": "Lokettenwijzer", "figure_snapshot": "Vastgestelde cijfers", "integrity_case": "Integriteitszaak",
	"integrity_figures": "Integriteitscijfers", "integrity_signals": "Integriteitssignalen",
	"sample": "Steekproef", "rank_model": "Rangschikkingsmodel",
	"desk": "Loket", "registration_search": "Zoekopdracht registraties", "lexicon_candidate": "Lexiconvoorstel",
}

func auditActionLabel(code string) string { return labelOr(auditActionLabels, code) }
func auditKindLabel(code string) string   { return labelOr(auditKindLabels, code) }

func labelOr(m map[string]string, code string) string {
	if l, ok := m[code]; ok {
		return l
	}
	return code
}

// auditKindCode reads the "Soort object" filter: a code or its Dutch label, in any case.
func auditKindCode(v string) string {
	v = strings.TrimSpace(v)
	for code, label := range auditKindLabels {
		if strings.EqualFold(v, label) || strings.EqualFold(v, code) {
			return code
		}
	}
	return v
}
