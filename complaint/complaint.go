package complaint

import (
	"time"
)

// Phase is where a complaint stands.
type Phase string

// The phases. A complaint is received, assessed by the klachtencoördinator (taken up or
// not, Awb 9:8), handled in phase 1 (informal settlement) and, when that does not settle
// it, in phase 2 (the commission's advice and the written judgement).
const (
	PhaseReceived Phase = "ontvangen"      // waiting for the assessment
	PhaseRefused  Phase = "niet_behandeld" // not taken up (Awb 9:8); closed
	PhaseOne      Phase = "fase1"          // informal settlement
	PhaseTwo      Phase = "fase2"          // sent to the complaints commission
	PhaseClosed   Phase = "afgehandeld"
)

// Phases lists the phases in order.
var Phases = []Phase{PhaseReceived, PhaseOne, PhaseTwo, PhaseClosed, PhaseRefused}

// Label returns the Dutch name of the phase.
func (p Phase) Label() string {
	switch p {
	case PhaseReceived:
		return "Ontvangen, nog te beoordelen"
	case PhaseRefused:
		return "Niet in behandeling genomen"
	case PhaseOne:
		return "Fase 1: informele afhandeling"
	case PhaseTwo:
		return "Fase 2: klachtencommissie en oordeel"
	case PhaseClosed:
		return "Afgehandeld"
	}
	return string(p)
}

// Open reports whether the complaint is still being handled.
func (p Phase) Open() bool { return p == PhaseReceived || p == PhaseOne || p == PhaseTwo }

// Outcomes besides the judgements of the catalog (complaint_judgements).
const (
	OutcomeSettled   = "opgelost"       // settled in phase 1 to the complainant's satisfaction
	OutcomeRefused   = "niet_behandeld" // not taken up (Awb 9:8)
	OutcomeWithdrawn = "ingetrokken"    // withdrawn by the complainant
)

// Marker kinds, as in the catalog (complaint_markers). They are constants because the
// Verkleurde beelden handling branches on them.
const (
	MarkerEthnicProfiling = "etnisch_profileren"
	MarkerDiscrimination  = "discriminatie"
)

// Parties that can set a marker.
const (
	PartyComplainant = "klager"
	PartyHandler     = "behandelaar"
)

// Complaint is one complaint with its whole handling.
type Complaint struct {
	ID        int64  `json:"-"`
	Reference string `json:"kenmerk"`
	Unit      string `json:"eenheid"`
	Channel   string `json:"kanaal"`
	Phase     Phase  `json:"fase"`
	// Handler is the klachtbehandelaar's username.
	Handler    string   `json:"behandelaar"`
	NDVAdviser string   `json:"ndv_adviseur"`
	Commission []string `json:"commissie"`
	// EmployeeUsername is the stelsel account of the employee complained about, when
	// known. That user never sees the case, whatever their role.
	EmployeeUsername string    `json:"medewerker_account"`
	ReceivedAt       time.Time `json:"ontvangen"`
	Deadline         time.Time `json:"termijn"`
	ClosedAt         time.Time `json:"afgehandeld_op,omitzero"`
	Outcome          string    `json:"uitkomst"`
	Version          int       `json:"versie"`
	UpdatedAt        time.Time `json:"gewijzigd"`
	Details
	Letters []Letter `json:"brieven"`
}

// Details is the handling of a complaint, stored as one JSON document.
type Details struct {
	Complainant Person `json:"klager"`
	// OnBehalfOf names the person the conduct was towards, when someone complains for
	// another (Awb 9:1).
	OnBehalfOf string `json:"namens"`
	// RegisteredBy is the staff member who registered a complaint received by phone, at
	// the desk or by letter; empty for the web form.
	RegisteredBy string `json:"geregistreerd_door"`
	// Oral marks a complaint made orally (registered too, Politiewet 2012 art. 68).
	Oral     bool   `json:"mondeling"`
	What     string `json:"wat"`
	When     string `json:"wanneer"` // the day of the conduct, YYYY-MM-DD, when known
	Where    string `json:"waar"`
	Employee string `json:"medewerker"` // who, as the complainant describes them
	Wish     string `json:"wens"`

	Assessment *Assessment `json:"beoordeling,omitempty"`
	Markers    []Marker    `json:"markeringen"`
	// Verkleurde is the handling of an ethnic profiling or discrimination complaint
	// after the Nationale ombudsman's "Verkleurde beelden".
	Verkleurde *Verkleurde `json:"verkleurde_beelden,omitempty"`
	Phase1     Phase1      `json:"fase1"`
	Phase2     Phase2      `json:"fase2"`
	Extension  *Extension  `json:"verdaging,omitempty"`
	Consent    *Consent    `json:"toestemming,omitempty"`
	Referral   *Referral   `json:"integriteitsmelding,omitempty"`
	Withdrawn  *Note       `json:"ingetrokken,omitempty"`
}

// Person is the complainant.
type Person struct {
	Name    string `json:"naam"`
	Email   string `json:"email"`
	Phone   string `json:"telefoon"`
	Address string `json:"adres"`
}

// Assessment is the klachtencoördinator's decision to take the complaint up or not.
type Assessment struct {
	TakenUp bool      `json:"in_behandeling"`
	Ground  string    `json:"grond"` // catalog complaint_refusal_grounds, when not taken up
	Reason  string    `json:"toelichting"`
	By      string    `json:"door"`
	At      time.Time `json:"op"`
}

// Marker is an ethnic profiling or discrimination marker with who set it.
type Marker struct {
	Kind    string    `json:"soort"`
	Grounds []string  `json:"gronden"`
	Party   string    `json:"partij"` // klager or behandelaar
	By      string    `json:"door"`
	At      time.Time `json:"op"`
}

// Verkleurde records the handling of "Verkleurde beelden": the experience heard, the
// employee's explanation of why the complainant was selected (the burden of explanation
// lies with the police), the assessment framework named, and the team's learning point.
type Verkleurde struct {
	Experience     string    `json:"ervaring"`
	Explanation    string    `json:"uitleg_selectie"`
	FrameworkNamed bool      `json:"handelingskader_genoemd"`
	LearningPoint  string    `json:"leerpunt"`
	By             string    `json:"door"`
	At             time.Time `json:"op"`
}

// FrameworkName is the assessment framework named to the complainant.
const FrameworkName = "Handelingskader professioneel controleren"

// Phase1 is the informal settlement.
type Phase1 struct {
	ContactAt        time.Time `json:"contact_op,omitzero"`
	ContactNote      string    `json:"contact"`
	InvitedFor       time.Time `json:"uitgenodigd_voor,omitzero"`
	InvitePlace      string    `json:"plaats_gesprek"`
	ConversationAt   time.Time `json:"gesprek_op,omitzero"`
	WithEmployee     bool      `json:"met_medewerker"`
	ConversationNote string    `json:"gesprek"`
	MediationNote    string    `json:"bemiddeling"`
	// Settled is nil until the outcome is recorded.
	Settled         *bool     `json:"opgelost,omitempty"`
	ComplainantWord string    `json:"reactie_klager"`
	OutcomeAt       time.Time `json:"uitkomst_op,omitzero"`
	By              string    `json:"door"`
}

// Phase2 is the commission's hearing and advice and the competent authority's judgement.
type Phase2 struct {
	SentAt           time.Time `json:"naar_commissie_op,omitzero"`
	SentBy           string    `json:"naar_commissie_door"`
	HearingAt        time.Time `json:"hoorzitting_op,omitzero"`
	HearingNote      string    `json:"hoorzitting"`
	Advice           string    `json:"advies"`
	AdvisedJudgement string    `json:"geadviseerd_oordeel"`
	AdviceBy         string    `json:"advies_door"`
	AdviceAt         time.Time `json:"advies_op,omitzero"`
	Judgement        string    `json:"oordeel"` // catalog complaint_judgements
	Reasons          string    `json:"motivering"`
	Measures         string    `json:"maatregelen"`
	JudgedBy         string    `json:"oordeel_door"`
	JudgedAt         time.Time `json:"oordeel_op,omitzero"`
}

// Extension is the one postponement Awb 9:11 allows, of at most four weeks, with written
// notice to the complainant and the employee.
type Extension struct {
	Until    time.Time `json:"tot"`
	Reason   string    `json:"reden"`
	NoticeAt time.Time `json:"bericht_op"`
	By       string    `json:"door"`
}

// Consent is the complainant's written consent to a longer postponement.
type Consent struct {
	Until    time.Time `json:"tot"`
	GivenOn  string    `json:"gegeven_op"` // the day of the written consent, YYYY-MM-DD
	Note     string    `json:"toelichting"`
	By       string    `json:"vastgelegd_door"`
	Recorded time.Time `json:"vastgelegd_op"`
}

// Referral is the passing of a complaint to the integrity intake.
type Referral struct {
	Note string    `json:"toelichting"`
	Ref  string    `json:"kenmerk"` // the integrity report's number, once there is one
	By   string    `json:"door"`
	At   time.Time `json:"op"`
}

// Note is a dated remark by someone.
type Note struct {
	Text string    `json:"tekst"`
	By   string    `json:"door"`
	At   time.Time `json:"op"`
}

// Marked reports whether the complaint carries the marker kind, set by anyone.
func (c *Complaint) Marked(kind string) bool {
	for _, m := range c.Markers {
		if m.Kind == kind {
			return true
		}
	}
	return false
}

// Open reports whether the complaint is still being handled.
func (c *Complaint) Open() bool { return c.Phase.Open() }
