package complaint

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"text/template"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Letter is a letter generated for a complaint and stored with it as sent.
type Letter struct {
	ID        int64     `json:"id"`
	Kind      string    `json:"soort"`
	Recipient string    `json:"aan"`
	Subject   string    `json:"onderwerp"`
	Body      string    `json:"tekst"`
	CreatedAt time.Time `json:"gemaakt"`
	CreatedBy string    `json:"door"`
}

// Label returns the Dutch name of the letter's kind.
func (l Letter) Label() string { return LetterLabel(l.Kind) }

// The letter kinds, as named in letters.json.
const (
	LetterAcknowledgement    = "ontvangstbevestiging"
	LetterInvitation         = "uitnodiging"
	LetterRefusal            = "afwijzing"
	LetterExtension          = "verdaging_klager"
	LetterExtensionEmployee  = "verdaging_medewerker"
	LetterJudgement          = "oordeel"
	recipientComplainant     = "klager"
	recipientEmployee        = "medewerker"
	recipientLabelEmployee   = "de medewerker over wie is geklaagd"
	recipientLabelComplainer = "de klager"
)

// letterTemplate is one template of letters.json: the Dutch text is data, not code.
type letterTemplate struct {
	Label   string `json:"label"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
	subject *template.Template
	body    *template.Template
}

//go:embed letters.json
var lettersJSON []byte

var letterTemplates = mustLetters(lettersJSON)

func mustLetters(data []byte) map[string]*letterTemplate {
	m := map[string]*letterTemplate{}
	if err := json.Unmarshal(data, &m); err != nil {
		panic(fmt.Sprintf("complaint: letters.json: %v", err))
	}
	for k, t := range m {
		t.subject = template.Must(template.New(k + ".subject").Option("missingkey=error").Parse(t.Subject))
		t.body = template.Must(template.New(k + ".body").Option("missingkey=error").Parse(t.Body))
	}
	return m
}

// LetterKinds lists the letter kinds in a stable order.
func LetterKinds() []string {
	var out []string
	for k := range letterTemplates {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// LetterLabel returns the Dutch name of a letter kind.
func LetterLabel(kind string) string {
	if t, ok := letterTemplates[kind]; ok {
		return t.Label
	}
	return kind
}

// letterRequest asks change to write a letter of kind with the step's own fields.
type letterRequest struct {
	kind      string
	recipient string
	fields    map[string]any
}

var months = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

var amsterdam = func() *time.Location {
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return l
}()

// DutchDate writes a day as "3 maart 2026".
func DutchDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(amsterdam)
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

func (s *Service) renderLetter(a access.Actor, c *Complaint, lr letterRequest) (subject, body string, err error) {
	t, ok := letterTemplates[lr.kind]
	if !ok {
		return "", "", fmt.Errorf("no letter template %q", lr.kind)
	}
	unit := c.Unit
	if u, ok := s.cat.Unit(c.Unit); ok {
		unit = u.Label
	}
	data := map[string]any{"Reference": c.Reference, "Name": c.Complainant.Name, "Received": DutchDate(c.ReceivedAt),
		"Unit": unit, "Deadline": DutchDate(c.HandlingDeadline()), "Author": a.Name, "Handler": a.Name}
	for k, v := range lr.fields {
		data[k] = v
	}
	var sb, bb bytes.Buffer
	if err := t.subject.Execute(&sb, data); err != nil {
		return "", "", fmt.Errorf("letter %s: %w", lr.kind, err)
	}
	if err := t.body.Execute(&bb, data); err != nil {
		return "", "", fmt.Errorf("letter %s: %w", lr.kind, err)
	}
	return sb.String(), bb.String(), nil
}

func (s *Service) addLetter(ctx context.Context, tx *db.Tx, a access.Actor, c *Complaint, lr letterRequest, now time.Time) (Letter, error) {
	subject, body, err := s.renderLetter(a, c, lr)
	if err != nil {
		return Letter{}, err
	}
	l := Letter{Kind: lr.kind, Recipient: lr.recipient, Subject: subject, Body: body, CreatedAt: now, CreatedBy: a.String()}
	err = tx.QueryRow(ctx, `INSERT INTO complaint_letters (complaint_id, kind, recipient, subject, body, created_at, created_by)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, c.ID, l.Kind, l.Recipient, l.Subject, l.Body, l.CreatedAt, l.CreatedBy).Scan(&l.ID)
	if err != nil {
		return Letter{}, fmt.Errorf("store letter for %s: %w", c.Reference, err)
	}
	return l, nil
}

func (s *Service) letters(ctx context.Context, id int64) ([]Letter, error) {
	rows, err := s.db.Query(ctx, `SELECT id, kind, recipient, subject, body, created_at, created_by FROM complaint_letters
		WHERE complaint_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("read letters: %w", err)
	}
	defer rows.Close()
	var out []Letter
	for rows.Next() {
		var l Letter
		if err := rows.Scan(&l.ID, &l.Kind, &l.Recipient, &l.Subject, &l.Body, &l.CreatedAt, &l.CreatedBy); err != nil {
			return nil, fmt.Errorf("read letter: %w", err)
		}
		l.CreatedAt = l.CreatedAt.UTC()
		out = append(out, l)
	}
	return out, rows.Err()
}

// RecipientLabel returns the Dutch description of a letter's recipient.
func RecipientLabel(r string) string {
	if r == recipientEmployee {
		return recipientLabelEmployee
	}
	return recipientLabelComplainer
}

// Letter returns one stored letter of a complaint the actor may open. Opening it is
// audited like opening the case.
func (s *Service) Letter(ctx context.Context, a access.Actor, ref string, id int64) (*Complaint, Letter, error) {
	c, err := s.Get(ctx, a, ref)
	if err != nil {
		return nil, Letter{}, err
	}
	for _, l := range c.Letters {
		if l.ID == id {
			return c, l, nil
		}
	}
	return nil, Letter{}, stelsel.Errorf(stelsel.ENOTFOUND, "brief %d bij klacht %s bestaat niet", id, c.Reference)
}
