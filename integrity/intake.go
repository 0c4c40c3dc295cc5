package integrity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// MaxDescription is the longest description a report may carry, in bytes.
const MaxDescription = 20000

// ReportInput is a new integrity report.
type ReportInput struct {
	// Kind is KindNamed or KindConfidential for a logged-in reporter; ReportAnonymous
	// makes anonymous ones.
	Kind          string    `json:"soort"`
	Unit          string    `json:"eenheid"`
	Source        string    `json:"bron"`
	Category      string    `json:"categorie"`
	Circumstances []string  `json:"omstandigheden"`
	Description   string    `json:"omschrijving"`
	Subjects      []Subject `json:"betrokkenen"`
	// Contact is how a confidential reporter can be reached; it is sealed with the identity.
	Contact string `json:"contact"`
	// ReporterName is set by the intake desk registering a report it received from
	// someone else (a citizen complaint passed on, the OM, ...); the reporter is then
	// that person, not the actor.
	ReporterName string `json:"melder_naam"`
}

type identity struct {
	Username string `json:"gebruikersnaam"`
	Name     string `json:"naam"`
	Contact  string `json:"contact,omitempty"`
}

var personnelPattern = regexp.MustCompile(`^[A-Za-z0-9]{4,12}$`)

func (s *Service) validateReport(in *ReportInput, anonymous bool) error {
	in.Unit = strings.ToUpper(strings.TrimSpace(in.Unit))
	u, ok := s.cat.Unit(in.Unit)
	if !ok {
		return stelsel.Invalid("eenheid", "melding: onbekende eenheid %q (kies uit: %s)", in.Unit, strings.Join(s.cat.UnitCodes(), ", "))
	}
	in.Unit = u.Code
	if in.Source == "" {
		in.Source = "medewerker"
		if anonymous {
			in.Source = "anoniem"
		}
	}
	if !s.ic.Sources.Has(in.Source) {
		return stelsel.Invalid("bron", "melding: onbekende bron %q (kies uit: %s)", in.Source, strings.Join(s.ic.Sources.Codes(), ", "))
	}
	if in.Category != "" && !s.cat.IntegrityCategories.Has(in.Category) {
		return stelsel.Invalid("categorie", "melding: onbekende categorie %q (kies uit: %s)", in.Category, strings.Join(s.cat.IntegrityCategories.Codes(), ", "))
	}
	in.Circumstances = dedup(in.Circumstances)
	for _, c := range in.Circumstances {
		if !s.ic.Circumstances.Has(c) {
			return stelsel.Invalid("omstandigheden", "melding: onbekende omstandigheid %q (kies uit: %s)", c, strings.Join(s.ic.Circumstances.Codes(), ", "))
		}
	}
	in.Description = strings.TrimSpace(in.Description)
	if in.Description == "" {
		return stelsel.Invalid("omschrijving", "melding: beschrijf wat er is gebeurd")
	}
	if len(in.Description) > MaxDescription || !utf8.ValidString(in.Description) {
		return stelsel.Invalid("omschrijving", "melding: de omschrijving is langer dan %d tekens of geen geldige tekst", MaxDescription)
	}
	for i := range in.Subjects {
		if err := s.validateSubject(&in.Subjects[i], anonymous, i); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) validateSubject(sub *Subject, anonymous bool, i int) error {
	sub.PersonnelNo, sub.Name = strings.TrimSpace(sub.PersonnelNo), strings.TrimSpace(sub.Name)
	sub.Unit, sub.Team = strings.ToUpper(strings.TrimSpace(sub.Unit)), strings.TrimSpace(sub.Team)
	sub.Username = strings.ToLower(strings.TrimSpace(sub.Username))
	field := fmt.Sprintf("betrokkenen[%d]", i)
	if sub.Name == "" {
		return stelsel.Invalid(field+".naam", "betrokkene %d: naam ontbreekt", i+1)
	}
	if sub.PersonnelNo == "" && !anonymous {
		return stelsel.Invalid(field+".personeelsnummer", "betrokkene %s: personeelsnummer ontbreekt", sub.Name)
	}
	if sub.PersonnelNo != "" && !personnelPattern.MatchString(sub.PersonnelNo) {
		return stelsel.Invalid(field+".personeelsnummer", "betrokkene %s: personeelsnummer %q moet 4 tot 12 letters of cijfers zijn", sub.Name, sub.PersonnelNo)
	}
	u, ok := s.cat.Unit(sub.Unit)
	if !ok {
		return stelsel.Invalid(field+".eenheid", "betrokkene %s: onbekende eenheid %q", sub.Name, sub.Unit)
	}
	sub.Unit = u.Code
	if sub.Team != "" && !slices.Contains(u.Teams, sub.Team) {
		return stelsel.Invalid(field+".team", "betrokkene %s: team %q hoort niet bij %s (kies uit: %s)", sub.Name, sub.Team, u.Label, strings.Join(u.Teams, ", "))
	}
	return nil
}

func dedup(in []string) []string {
	var out []string
	for _, v := range in {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// Report files an integrity report by a logged-in employee, named or confidential, or
// registers one the intake desk received from someone else (ReporterName set).
func (s *Service) Report(ctx context.Context, a access.Actor, in ReportInput) (*Case, error) {
	if err := a.Require(access.IntegrityReport); err != nil {
		return nil, err
	}
	if err := s.validateReport(&in, false); err != nil {
		return nil, err
	}
	c := &Case{Unit: in.Unit, Kind: in.Kind, Source: in.Source, Category: in.Category, Circumstances: in.Circumstances,
		Description: in.Description, Subjects: in.Subjects}
	in.ReporterName = strings.TrimSpace(in.ReporterName)
	onBehalf := in.ReporterName != ""
	if onBehalf && !a.CanUnit(access.IntegrityIntake, in.Unit) {
		return nil, stelsel.Invalid("melder_naam", "alleen het meldpunt van eenheid %s registreert een melding namens een ander", in.Unit)
	}
	switch in.Kind {
	case KindNamed:
		if onBehalf {
			c.Reporter = in.ReporterName
		} else {
			c.Reporter, c.reporterRef = a.Name, s.reporterRef(a.Username)
		}
	case KindConfidential:
		id := identity{Username: a.Username, Name: a.Name, Contact: strings.TrimSpace(in.Contact)}
		if onBehalf {
			id = identity{Name: in.ReporterName, Contact: strings.TrimSpace(in.Contact)}
		} else {
			c.reporterRef = s.reporterRef(a.Username)
		}
		plain, _ := json.Marshal(id)
		c.sealed = string(plain) // sealed in create, once the number is known
	default:
		return nil, stelsel.Invalid("soort", "melding: kies benoemd of vertrouwelijk (anoniem melden gaat via /melden)")
	}
	if err := s.create(ctx, a, c, ""); err != nil {
		return nil, err
	}
	return c, nil
}

// ReceiptDigits is the length of an anonymous reporter's receipt code.
const ReceiptDigits = 20

// ReportAnonymous files an anonymous report from the public page. It returns the case
// number and the receipt code, which is shown once and never stored: only its slow hash.
// Nothing about the request (address, browser) reaches this service.
func (s *Service) ReportAnonymous(ctx context.Context, in ReportInput) (number, code string, err error) {
	in.Kind = KindAnonymous
	in.ReporterName, in.Contact = "", ""
	if err := s.validateReport(&in, true); err != nil {
		return "", "", err
	}
	if !s.limiter.allow() {
		return "", "", throttled()
	}
	c := &Case{Unit: in.Unit, Kind: KindAnonymous, Source: in.Source, Category: in.Category, Circumstances: in.Circumstances,
		Description: in.Description, Subjects: in.Subjects}
	code, err = newReceipt()
	if err != nil {
		return "", "", err
	}
	hash, err := s.receiptHash(ctx, code)
	if err != nil {
		return "", "", err
	}
	if err := s.create(ctx, anonymousReporter, c, hash); err != nil {
		return "", "", err
	}
	return c.Number, FormatReceipt(code), nil
}

// anonymousReporter is the actor of the anonymous paths in the audit trail.
var anonymousReporter = access.Actor{Username: "anonieme-melder"}

func newReceipt() (string, error) {
	var b strings.Builder
	for range ReceiptDigits {
		n, err := rand.Int(rand.Reader, big.NewInt(10))
		if err != nil {
			return "", fmt.Errorf("receipt code: %w", err)
		}
		b.WriteByte(byte('0' + n.Int64()))
	}
	return b.String(), nil
}

// FormatReceipt groups a receipt code in fours for reading it out.
func FormatReceipt(code string) string {
	var parts []string
	for i := 0; i < len(code); i += 4 {
		parts = append(parts, code[i:min(i+4, len(code))])
	}
	return strings.Join(parts, " ")
}

func normReceipt(code string) string {
	var b strings.Builder
	for _, r := range code {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// create stores a new case with its subjects and deadlines and audits it. hash is the
// receipt hash of an anonymous report.
func (s *Service) create(ctx context.Context, a access.Actor, c *Case, hash string) error {
	now := s.clock()
	c.ReceivedAt, c.Status, c.CatalogVersion, c.Version = now, StatusReceived, s.ic.Version, 1
	ackDue := now.AddDate(0, 0, s.ic.Deadlines.AcknowledgeDays)
	fbDue := ackDue.AddDate(0, s.ic.Deadlines.FeedbackMonths, 0)
	triDue := now.AddDate(0, 0, s.ic.Deadlines.TriageDays)
	c.AckDue, c.FeedbackDue, c.TriageDue = &ackDue, &fbDue, &triDue
	var receipt any
	if hash != "" {
		receipt = hash
	}
	tmp := make([]byte, 12)
	_, _ = rand.Read(tmp)
	return s.db.InTx(ctx, func(tx *db.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO integrity_cases (number, unit, kind, source, category, circumstances, description,
			reporter_name, reporter_ref, receipt_hash, status, received_at, ack_due, feedback_due, triage_due, catalog_version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			"tmp-"+hex.EncodeToString(tmp), c.Unit, c.Kind, c.Source, c.Category, strings.Join(c.Circumstances, ","), c.Description,
			c.Reporter, c.reporterRef, receipt, c.Status, now, ackDue, fbDue, triDue, c.CatalogVersion).Scan(&c.ID)
		if err != nil {
			return fmt.Errorf("store case: %w", err)
		}
		c.Number = fmt.Sprintf("VIK-%d-%s-%05d", now.Year(), c.Unit, c.ID)
		sealed := ""
		if c.Kind == KindConfidential {
			if sealed, err = s.seal([]byte(c.sealed), c.Number); err != nil {
				return err
			}
			c.sealed, c.Reporter = sealed, ConfidentialReporter
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET number = ?, identity_sealed = ? WHERE id = ?`, c.Number, sealed, c.ID); err != nil {
			return fmt.Errorf("store case: %w", err)
		}
		for _, sub := range c.Subjects {
			if err := insertSubject(ctx, tx, c.ID, sub); err != nil {
				return err
			}
		}
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		detail := fmt.Sprintf("soort=%s bron=%s betrokkenen=%d", c.Kind, c.Source, len(c.Subjects))
		return s.audit(ctx, tx, a, access.ActionCreate, c, "", "melding", detail)
	})
}

func insertSubject(ctx context.Context, tx *db.Tx, caseID int64, sub Subject) error {
	_, err := tx.Exec(ctx, `INSERT INTO integrity_subjects (case_id, personnel_no, name, unit, team, username) VALUES (?, ?, ?, ?, ?, ?)`,
		caseID, sub.PersonnelNo, sub.Name, sub.Unit, sub.Team, sub.Username)
	if err != nil {
		return fmt.Errorf("store subject: %w", err)
	}
	return nil
}

// change runs fn on the case inside a transaction, after loading it, checking that the
// actor sees it (ENOTFOUND otherwise) and that it is not closed; fn checks the specific
// right. version > 0 refuses a change made on a stale view.
func (s *Service) change(ctx context.Context, a access.Actor, number string, version int, fn func(tx *db.Tx, c *Case) error) (*Case, error) {
	if a.Anonymous() {
		return nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	var out *Case
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		c, err := load(ctx, tx, number)
		if err != nil {
			return err
		}
		if !canSeeCase(a, c) {
			return notFound(number)
		}
		if c.Status == StatusClosed {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s is gesloten", c.Number)
		}
		if err := bump(ctx, tx, c, version); err != nil {
			return err
		}
		if err := fn(tx, c); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// Acknowledge records that the receipt of the report was confirmed to the reporter (Wbk:
// within 7 days) and starts the 3-month feedback term. The message goes to the postbox.
func (s *Service) Acknowledge(ctx context.Context, a access.Actor, number, message string) (*Case, error) {
	message = strings.TrimSpace(message)
	if message == "" {
		message = "Wij hebben uw melding ontvangen. U hoort binnen drie maanden wat wij ermee doen."
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityIntake, c) {
			return notFound(number)
		}
		if c.AcknowledgedAt != nil {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s: de ontvangst is al bevestigd op %s", c.Number, c.AcknowledgedAt.Format("02-01-2006"))
		}
		now := s.clock()
		fb := now.AddDate(0, s.ic.Deadlines.FeedbackMonths, 0)
		status := c.Status
		if status == StatusReceived {
			status = StatusAcknowledged
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET acknowledged_at = ?, ack_due = NULL, feedback_due = ?, status = ? WHERE id = ?`,
			now, fb, status, c.ID); err != nil {
			return fmt.Errorf("acknowledge %s: %w", c.Number, err)
		}
		c.AcknowledgedAt, c.AckDue, c.FeedbackDue, c.Status = &now, nil, &fb, status
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		if err := s.addMessage(ctx, tx, c, true, a.Username, message); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, "", "ontvangstbevestiging", "ontvangst bevestigd")
	})
}

// Feedback records the feedback to the reporter on the assessment and follow-up (Wbk:
// within 3 months of the acknowledgement). The text goes to the postbox.
func (s *Service) Feedback(ctx context.Context, a access.Actor, number, message string) (*Case, error) {
	if !a.Has(access.IntegrityIntake) {
		return nil, notFound(number)
	}
	message = strings.TrimSpace(message)
	if message == "" {
		return nil, stelsel.Invalid("tekst", "terugkoppeling aan de melder: schrijf wat er met de melding is gedaan")
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityIntake, c) {
			return notFound(number)
		}
		if c.AcknowledgedAt == nil {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s: bevestig eerst de ontvangst", c.Number)
		}
		now := s.clock()
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET feedback_at = ?, feedback_due = NULL WHERE id = ?`, now, c.ID); err != nil {
			return fmt.Errorf("feedback %s: %w", c.Number, err)
		}
		c.FeedbackAt, c.FeedbackDue = &now, nil
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		if err := s.addMessage(ctx, tx, c, true, a.Username, message); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, "", "terugkoppeling", "terugkoppeling gegeven")
	})
}

// MaxMessage is the longest postbox message, in bytes.
const MaxMessage = 10000

func (s *Service) addMessage(ctx context.Context, tx *db.Tx, c *Case, fromVIK bool, author, body string) error {
	body = strings.TrimSpace(body)
	if body == "" {
		return stelsel.Invalid("tekst", "bericht: de tekst ontbreekt")
	}
	if len(body) > MaxMessage || !utf8.ValidString(body) {
		return stelsel.Invalid("tekst", "bericht: langer dan %d tekens of geen geldige tekst", MaxMessage)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO integrity_messages (case_id, from_vik, author, body, created_at) VALUES (?, ?, ?, ?, ?)`,
		c.ID, fromVIK, author, body, s.clock()); err != nil {
		return fmt.Errorf("store message: %w", err)
	}
	return nil
}

// Ask puts a message from VIK in the case's postbox, for the reporter to read and answer.
func (s *Service) Ask(ctx context.Context, a access.Actor, number, body string) (*Case, error) {
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityIntake, c) {
			return notFound(number)
		}
		if err := s.addMessage(ctx, tx, c, true, a.Username, body); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, "", "postbus", "bericht aan melder")
	})
}

// Identity returns a confidential reporter's identity to the intake desk. Every look is
// written to the audit trail with its reason.
func (s *Service) Identity(ctx context.Context, a access.Actor, number, reason string) (name, contact string, err error) {
	if err := a.Require(access.IntegrityIntake); err != nil {
		return "", "", notFound(number)
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return "", "", stelsel.Invalid("reden", "identiteit inzien: geef de reden")
	}
	c, err := load(ctx, s.db, number)
	if err != nil {
		return "", "", err
	}
	if !can(a, access.IntegrityIntake, c) {
		return "", "", notFound(number)
	}
	if c.Kind != KindConfidential {
		return "", "", stelsel.Errorf(stelsel.ECONFLICT, "zaak %s is geen vertrouwelijke melding", c.Number)
	}
	id, err := s.identity(c)
	if err != nil {
		return "", "", err
	}
	if err := s.record(ctx, a, "identity.view", c, "", reason, "identiteit vertrouwelijke melder ingezien"); err != nil {
		return "", "", err
	}
	return id.Name, id.Contact, nil
}

func (s *Service) identity(c *Case) (identity, error) {
	var id identity
	plain, err := s.open(c.sealed, c.Number)
	if err != nil {
		return id, err
	}
	return id, json.Unmarshal(plain, &id)
}

// Reveal makes a confidential reporter's identity visible to everyone who sees the case.
// It needs the reporter's recorded consent (Wbk art. 1a) and a reason, and is audited.
func (s *Service) Reveal(ctx context.Context, a access.Actor, number, consent, reason string) (*Case, error) {
	if !a.Has(access.IntegrityIntake) {
		return nil, notFound(number)
	}
	consent, reason = strings.TrimSpace(consent), strings.TrimSpace(reason)
	if consent == "" {
		return nil, stelsel.Invalid("toestemming", "identiteit bekendmaken: leg vast hoe en wanneer de melder toestemming gaf (Wbk art. 1a)")
	}
	if reason == "" {
		return nil, stelsel.Invalid("reden", "identiteit bekendmaken: geef de reden")
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityIntake, c) {
			return notFound(number)
		}
		if c.Kind != KindConfidential || c.revealed {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s: er is geen vertrouwelijke identiteit om bekend te maken", c.Number)
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET identity_revealed = TRUE WHERE id = ?`, c.ID); err != nil {
			return fmt.Errorf("reveal %s: %w", c.Number, err)
		}
		c.revealed = true
		return s.audit(ctx, tx, a, "identity.reveal", c, "", reason, "toestemming: "+consent)
	})
}

// Postbox is what an anonymous reporter sees with the receipt code.
type Postbox struct {
	Number       string     `json:"zaaknummer"`
	Status       string     `json:"status"`
	ReceivedAt   time.Time  `json:"ontvangen"`
	AckDue       *time.Time `json:"termijn_ontvangstbevestiging,omitempty"`
	FeedbackDue  *time.Time `json:"termijn_terugkoppeling,omitempty"`
	Acknowledged *time.Time `json:"bevestigd,omitempty"`
	FeedbackAt   *time.Time `json:"teruggekoppeld,omitempty"`
	Messages     []Message  `json:"berichten"`
}

func throttled() error {
	return access.Throttled("te veel pogingen", time.Minute)
}

// errBadReceipt is the one answer to every wrong, unknown or malformed code.
var errBadReceipt = stelsel.Errorf(stelsel.ENOTFOUND, "deze code is niet bekend; controleer de cijfers")

func (s *Service) byReceipt(ctx context.Context, q querier, code string) (*Case, error) {
	if !s.limiter.allow() {
		return nil, throttled()
	}
	code = normReceipt(code)
	// Always hash, also for a malformed code, so every wrong code costs the same.
	if len(code) != ReceiptDigits {
		code = strings.Repeat("0", ReceiptDigits) + "x"
	}
	hash, err := s.receiptHash(ctx, code)
	if err != nil {
		return nil, err
	}
	var number string
	if err := q.QueryRow(ctx, `SELECT number FROM integrity_cases WHERE receipt_hash = ?`, hash).Scan(&number); err != nil {
		return nil, errBadReceipt
	}
	return load(ctx, q, number)
}

// OpenPostbox returns the postbox of the anonymous report with the receipt code. A wrong
// code answers like any other wrong code; attempts are rate limited.
func (s *Service) OpenPostbox(ctx context.Context, code string) (*Postbox, error) {
	c, err := s.byReceipt(ctx, s.db, code)
	if err != nil {
		return nil, err
	}
	msgs, err := s.loadMessages(ctx, s.db, c)
	if err != nil {
		return nil, err
	}
	if err := s.record(ctx, anonymousReporter, access.ActionView, c, "", "postbus", "melder opende de postbus"); err != nil {
		return nil, err
	}
	return &Postbox{Number: c.Number, Status: c.Status, ReceivedAt: c.ReceivedAt, AckDue: c.AckDue, FeedbackDue: c.FeedbackDue,
		Acknowledged: c.AcknowledgedAt, FeedbackAt: c.FeedbackAt, Messages: msgs}, nil
}

// ReplyPostbox adds the anonymous reporter's answer or new information to the postbox.
func (s *Service) ReplyPostbox(ctx context.Context, code, body string) (*Postbox, error) {
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		c, err := s.byReceipt(ctx, tx, code)
		if err != nil {
			return err
		}
		if c.Status == StatusClosed {
			return stelsel.Errorf(stelsel.ECONFLICT, "deze melding is afgesloten; doe zo nodig een nieuwe melding")
		}
		if err := s.addMessage(ctx, tx, c, false, "melder", body); err != nil {
			return err
		}
		return s.audit(ctx, tx, anonymousReporter, access.ActionChange, c, "", "postbus", "bericht van melder")
	})
	if err != nil {
		return nil, err
	}
	return s.OpenPostbox(ctx, code)
}
