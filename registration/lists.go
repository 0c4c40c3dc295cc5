package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
)

// ListFilter selects the coded incidents of one unit in a period of registration dates.
type ListFilter struct {
	Unit string    // unit code or name; required
	From time.Time // inclusive; zero: from the start
	To   time.Time // exclusive; zero: until now
	Team string    // basisteam; "" for the whole unit
}

// ListRow is one coded incident in a unit list.
type ListRow struct {
	Number        string     `json:"registratienummer"`
	Kind          Kind       `json:"soort"`
	Unit          string     `json:"eenheid"`
	Team          string     `json:"basisteam"`
	Municipality  string     `json:"gemeente"`
	Address       string     `json:"adres,omitempty"`
	Platform      string     `json:"platform,omitempty"`
	Person        string     `json:"persoon,omitempty"`
	IncidentCode  string     `json:"incidentcode"`
	Summary       string     `json:"omschrijving"`
	RegisteredAt  time.Time  `json:"registratiedatum"`
	DecisionKind  string     `json:"beoordeling"`
	Articles      []string   `json:"artikelen"`
	Grounds       []string   `json:"gronden"`
	Indications   []string   `json:"indicaties"`
	Manifestation string     `json:"verschijningsvorm"`
	Referral      bool       `json:"doorverwijzing_adv"`
	ADV           string     `json:"adv,omitempty"`
	DecidedAt     time.Time  `json:"beoordeeld_op"`
	EffectiveAt   *time.Time `json:"geldig_vanaf,omitempty"`
	// FollowUp is the Dutch follow-up status: awaiting confirmation, code sent to BVH,
	// referred to an ADV.
	FollowUp string `json:"opvolging"`
}

// UnitList returns the coded incidents (discriminatie, codis) of a unit in a period, for
// the periodic meetings with the unit and the RDO. The actor needs access.ReadUnitList
// for the unit. The read is audited.
func (s *Service) UnitList(ctx context.Context, a access.Actor, f ListFilter) ([]ListRow, error) {
	if err := a.Require(access.ReadUnitList); err != nil {
		return nil, err
	}
	return s.list(ctx, a, f, access.ReadUnitList, false)
}

// CodedList returns the registrations of a unit that carry a BVH discrimination code, as
// a basisteam officer or detective sees them: only effective codes. The actor needs
// access.ReadCodedOnly, access.ReadRegistration or access.ReadUnitList for the unit.
func (s *Service) CodedList(ctx context.Context, a access.Actor, f ListFilter) ([]ListRow, error) {
	for _, p := range []access.Permission{access.ReadCodedOnly, access.ReadRegistration, access.ReadUnitList} {
		if u, ok := s.cat.Unit(f.Unit); ok && a.CanUnit(p, u.Code) {
			return s.list(ctx, a, f, p, true)
		}
	}
	if err := a.Require(access.ReadCodedOnly); err != nil && !a.Has(access.ReadRegistration) && !a.Has(access.ReadUnitList) {
		return nil, err
	}
	return nil, stelsel.Errorf(stelsel.ENOTFOUND, "eenheid %q niet gevonden", f.Unit)
}

func (s *Service) list(ctx context.Context, a access.Actor, f ListFilter, p access.Permission, effectiveOnly bool) ([]ListRow, error) {
	u, ok := s.cat.Unit(f.Unit)
	if ok && !a.CanUnit(p, u.Code) {
		// Refused like a missing unit, and written down like any refusal.
		if err := s.trail.Record(ctx, a, access.Entry{Action: access.ActionDenied, ObjectKind: "unit_list", ObjectID: u.Code, Unit: u.Code}); err != nil {
			return nil, err
		}
	}
	if !ok || !a.CanUnit(p, u.Code) {
		return nil, stelsel.Errorf(stelsel.ENOTFOUND, "eenheid %q niet gevonden", f.Unit)
	}
	to := f.To
	if to.IsZero() {
		to = s.clock().Add(time.Hour)
	}
	var lastExport sql.NullTime
	if err := s.db.QueryRow(ctx, "SELECT until FROM code_exports ORDER BY until DESC LIMIT 1").Scan(&lastExport); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read last export: %w", err)
	}
	q := `SELECT r.number, r.kind, r.unit, r.team, r.municipality, r.address, r.platform, r.person, r.incident_code, r.summary, r.registered_at,
			d.kind, d.articles, d.grounds, d.indications, d.manifestation, d.referral, d.adv, d.decided_at, d.effective_at
		FROM queue_items q JOIN decisions d ON d.id = q.decision_id JOIN registrations r ON r.number = q.number
		WHERE q.unit = ? AND q.decision_kind IN (?, ?) AND r.registered_at >= ? AND r.registered_at < ?`
	args := []any{u.Code, catalog.DecisionDiscrimination, catalog.DecisionCodis, f.From.UTC(), to.UTC()}
	if effectiveOnly {
		q += " AND d.effective_at IS NOT NULL"
	}
	if f.Team != "" {
		q += " AND r.team = ?"
		args = append(args, f.Team)
	}
	q += " ORDER BY r.registered_at, r.number"
	rows, err := s.db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read unit list: %w", err)
	}
	defer rows.Close()
	var out []ListRow
	for rows.Next() {
		var r ListRow
		var kind, articles, grounds, indications string
		var eff sql.NullTime
		if err := rows.Scan(&r.Number, &kind, &r.Unit, &r.Team, &r.Municipality, &r.Address, &r.Platform, &r.Person, &r.IncidentCode, &r.Summary, &r.RegisteredAt,
			&r.DecisionKind, &articles, &grounds, &indications, &r.Manifestation, &r.Referral, &r.ADV, &r.DecidedAt, &eff); err != nil {
			return nil, fmt.Errorf("read unit list: %w", err)
		}
		r.Kind, r.RegisteredAt, r.DecidedAt = Kind(kind), r.RegisteredAt.UTC(), r.DecidedAt.UTC()
		r.Articles, r.Grounds, r.Indications = splitList(articles), splitList(grounds), splitList(indications)
		r.EffectiveAt = ptrTime(eff)
		r.FollowUp = followUp(r, lastExport)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read unit list: %w", err)
	}
	err = s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "unit_list", ObjectID: u.Code, Unit: u.Code,
		Detail: fmt.Sprintf("van=%s tot=%s%s regels=%d", day(f.From), day(to), teamDetail(f.Team), len(out))})
	return out, err
}

func teamDetail(team string) string {
	if team == "" {
		return ""
	}
	return " basisteam=" + team
}

func followUp(r ListRow, lastExport sql.NullTime) string {
	var parts []string
	switch {
	case r.EffectiveAt == nil:
		parts = append(parts, "wacht op bevestiging (vier ogen)")
	case lastExport.Valid && r.EffectiveAt.Before(lastExport.Time):
		parts = append(parts, "code naar BVH verzonden")
	default:
		parts = append(parts, "code klaar voor BVH")
	}
	if r.Referral {
		parts = append(parts, "doorverwezen naar "+r.ADV)
	}
	return strings.Join(parts, "; ")
}

func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.In(amsterdam).Format("2006-01-02")
}

// listHeader names the columns of a unit list, in Dutch.
var listHeader = []string{"registratienummer", "soort", "eenheid", "basisteam", "gemeente", "registratiedatum", "incidentcode",
	"omschrijving", "beoordeling", "artikelen", "gronden", "indicaties", "verschijningsvorm", "doorverwijzing ADV", "opvolging"}

func listRecord(c *catalog.Catalog, r ListRow) []string {
	labels := func(l catalog.List, codes []string) string {
		out := make([]string, len(codes))
		for i, code := range codes {
			out[i] = l.Label(code)
		}
		return strings.Join(out, "; ")
	}
	adv := ""
	if r.Referral {
		adv = r.ADV
	}
	return []string{r.Number, string(r.Kind), r.Unit, r.Team, r.Municipality, r.RegisteredAt.In(amsterdam).Format("2006-01-02 15:04"),
		r.IncidentCode, r.Summary, c.DecisionKinds.Label(r.DecisionKind), strings.Join(r.Articles, ", "),
		labels(c.Grounds, r.Grounds), labels(c.Indications, r.Indications), c.Manifestations.Label(r.Manifestation), adv, r.FollowUp}
}

// WriteUnitListCSV writes rows as CSV with a Dutch header and Dutch labels; every cell
// is inert in a spreadsheet (see csvWriter): texts from BVH (team, municipality,
// description) could start with a formula.
func WriteUnitListCSV(w io.Writer, c *catalog.Catalog, rows []ListRow) error {
	cw := newCSVWriter(w)
	cw.Write(listHeader)
	for _, r := range rows {
		cw.Write(listRecord(c, r))
	}
	return cw.Flush()
}

// WriteUnitListXLSX writes rows as an Excel workbook with one sheet.
func WriteUnitListXLSX(w io.Writer, c *catalog.Catalog, rows []ListRow) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Eenheidslijst"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	row := func(i int, vals []string) error {
		cells := make([]any, len(vals))
		for j, v := range vals {
			cells[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i)
		return sw.SetRow(cell, cells)
	}
	if err := row(1, listHeader); err != nil {
		return err
	}
	for i, r := range rows {
		if err := row(i+2, listRecord(c, r)); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
