package integrity

import (
	"time"

	"stelsel/access"
	"stelsel/catalog"
)

// Kinds of report.
const (
	KindNamed        = "benoemd"
	KindConfidential = "vertrouwelijk"
	KindAnonymous    = "anoniem"
)

// Case statuses, in order.
const (
	StatusReceived     = "ontvangen"         // in, not yet acknowledged
	StatusAcknowledged = "bevestigd"         // receipt acknowledged to the reporter
	StatusAwaiting     = "wacht_bevestiging" // route decided, waiting for the second triage officer
	StatusInProgress   = "in_behandeling"    // tracks open
	StatusToClose      = "af_te_sluiten"     // route: close without follow-up
	StatusClosed       = "gesloten"
)

// Tracks (and routes of the same name). Closing without follow-up is a route, not a track.
const (
	RouteClose        = "sluiten"
	TrackFunctioning  = "functioneren"
	TrackOrienting    = "orienterend"
	TrackDisciplinary = "disciplinair"
	TrackCriminal     = "strafrechtelijk"
	TrackLTIO         = "ltio"
	// TrackCare is not a dossier track: it names the counsellor's assignment.
	TrackCare = "zorg"
)

// Tracks lists the dossier tracks in display order.
var Tracks = []string{TrackFunctioning, TrackOrienting, TrackDisciplinary, TrackCriminal, TrackLTIO}

// trackPermission is the permission that reads and writes a track's dossier.
var trackPermission = map[string]access.Permission{
	TrackFunctioning:  access.TrackFunctioning,
	TrackOrienting:    access.TrackOrienting,
	TrackDisciplinary: access.TrackDisciplinary,
	TrackCriminal:     access.TrackCriminal,
	TrackLTIO:         access.TrackLTIO,
	TrackCare:         access.IntegrityCare,
}

var statusLabels = map[string]string{
	StatusReceived: "Ontvangen", StatusAcknowledged: "Ontvangst bevestigd", StatusAwaiting: "Wacht op bevestiging (vier ogen)",
	StatusInProgress: "In behandeling", StatusToClose: "Af te sluiten zonder vervolg", StatusClosed: "Gesloten",
}

// StatusLabel returns the Dutch name of a status.
func StatusLabel(s string) string {
	if l, ok := statusLabels[s]; ok {
		return l
	}
	return s
}

var kindLabels = map[string]string{KindNamed: "Op naam", KindConfidential: "Vertrouwelijk", KindAnonymous: "Anoniem"}

// KindLabel returns the Dutch name of a kind of report.
func KindLabel(k string) string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return k
}

// TrackLabel returns the Dutch name of a track.
func TrackLabel(t string) string {
	if t == TrackCare {
		return "Zorg en rechten"
	}
	return routeLabels.Routes.Label(t)
}

// routeLabels is the embedded integrity catalog, parsed once (TrackLabel runs for every
// track on every page).
var routeLabels = catalog.DefaultIntegrity()

// ConfidentialReporter is what everyone but the intake desk sees of a confidential reporter.
const ConfidentialReporter = "vertrouwelijke melder"

// Subject is an employee a report is about (betrokkene).
type Subject struct {
	PersonnelNo string `json:"personeelsnummer"`
	Name        string `json:"naam"`
	Unit        string `json:"eenheid"`
	Team        string `json:"team"`
	// Username links the subject to their stelsel account, so that they never see or
	// are assigned to the case. Empty when they have none.
	Username string `json:"gebruikersnaam,omitempty"`
}

// Assignment is a person on a track of a case.
type Assignment struct {
	Track      string    `json:"spoor"`
	Username   string    `json:"gebruikersnaam"`
	AssignedBy string    `json:"toegewezen_door"`
	AssignedAt time.Time `json:"toegewezen_op"`
	Reason     string    `json:"reden"`
}

// Entry is one item of a track's dossier: a note, an interview, a document, a finding, a
// step of the decision chain, an OM decision, a transfer or a care contact.
type Entry struct {
	ID        int64      `json:"id"`
	Track     string     `json:"spoor"`
	Kind      string     `json:"soort"`
	Step      string     `json:"stap,omitempty"`
	Body      string     `json:"tekst"`
	OnDate    *time.Time `json:"datum,omitempty"`
	Author    string     `json:"auteur"`
	CreatedAt time.Time  `json:"vastgelegd"`
	// TransferredFrom is the entry in the other track this one was copied from by a
	// transfer decision of the competent authority.
	TransferredFrom int64 `json:"overgedragen_van,omitempty"`
}

// Entry kinds.
const (
	EntryNote      = "notitie"
	EntryInterview = "verhoor"
	EntryDocument  = "document"
	EntryFinding   = "bevinding"
	EntryStep      = "stap"
	EntryOM        = "om"
	EntryTransfer  = "overdracht"
	EntryContact   = "contact"
)

var entryKinds = []string{EntryNote, EntryInterview, EntryDocument, EntryFinding}

var entryLabels = map[string]string{EntryNote: "Notitie", EntryInterview: "Verhoor", EntryDocument: "Document", EntryFinding: "Bevinding",
	EntryStep: "Stap", EntryOM: "Beslissing OM", EntryTransfer: "Overdracht (besluit bevoegd gezag)", EntryContact: "Contactmoment"}

// EntryLabel returns the Dutch name of an entry kind.
func EntryLabel(k string) string {
	if l, ok := entryLabels[k]; ok {
		return l
	}
	return k
}

// EntryKinds returns the kinds a user may add as a dossier entry.
func EntryKinds() []string { return entryKinds }

// Track is one track of a case as the actor may see it.
type Track struct {
	Track       string       `json:"spoor"`
	OpenedAt    time.Time    `json:"geopend"`
	ClosedAt    *time.Time   `json:"gesloten,omitempty"`
	Assignments []Assignment `json:"toegewezen"`
	// Entries and Attachments are filled only for tracks the actor may read.
	Entries     []Entry      `json:"dossier,omitempty"`
	Attachments []Attachment `json:"bijlagen,omitempty"`
	Readable    bool         `json:"leesbaar"`
}

// Attachment is a file in a track's dossier. The content is read separately.
type Attachment struct {
	ID          int64     `json:"id"`
	Track       string    `json:"spoor"`
	Filename    string    `json:"bestandsnaam"`
	ContentType string    `json:"type"`
	Size        int64     `json:"grootte"`
	SHA256      string    `json:"sha256"`
	Author      string    `json:"auteur"`
	CreatedAt   time.Time `json:"vastgelegd"`
}

// Message is one message of the postbox between VIK and the reporter.
type Message struct {
	ID        int64     `json:"id"`
	FromVIK   bool      `json:"van_vik"`
	Author    string    `json:"auteur"`
	Body      string    `json:"tekst"`
	CreatedAt time.Time `json:"tijd"`
}

// Care is the care and rights record of the employee under investigation.
type Care struct {
	RightsNoticeAt     *time.Time `json:"rechten_uitgereikt_op,omitempty"`
	RightsNoticeHow    string     `json:"rechten_uitgereikt_hoe,omitempty"`
	CounsellorOffered  bool       `json:"vertrouwenspersoon_aangeboden"`
	CounsellorAccepted bool       `json:"vertrouwenspersoon_geaccepteerd"`
	Representative     string     `json:"vertegenwoordiger,omitempty"`
	ReturnPlan         string     `json:"terugkeerplan,omitempty"`
	CareCostStatus     string     `json:"zorgkosten_status,omitempty"`
	CareCostNote       string     `json:"zorgkosten_toelichting,omitempty"`
}

// Framework is the manager's handelingskader for reports of exclusion, racism and
// discrimination inside a team: the checklist items done, with notes and a follow-up date.
type Framework struct {
	Done        []string   `json:"gedaan"`
	Notes       string     `json:"notities,omitempty"`
	FollowUpOn  *time.Time `json:"vervolgdatum,omitempty"`
	PassedToVIK bool       `json:"doorgezet_naar_vik"`
	UpdatedBy   string     `json:"bijgewerkt_door,omitempty"`
	UpdatedAt   *time.Time `json:"bijgewerkt_op,omitempty"`
}

// Outcome is the result of a case, recorded at closure.
type Outcome struct {
	Outcome             string   `json:"uitkomst"`
	Sanction            string   `json:"straf,omitempty"`
	SanctionConditions  string   `json:"voorwaarden,omitempty"`
	SanctionTermMonths  int      `json:"proeftijd_maanden,omitempty"`
	EducationalMeasures []string `json:"opvoedkundige_maatregelen,omitempty"`
	OMDecision          string   `json:"beslissing_om,omitempty"`
}

// Learning is the uniform learning registration at closure.
type Learning struct {
	Factors  []string `json:"factoren"`
	Lessons  string   `json:"lessen"`
	Measures []string `json:"maatregelen"`
}

// Case is an integrity case as the actor may see it.
type Case struct {
	ID            int64    `json:"-"`
	Number        string   `json:"zaaknummer"`
	Unit          string   `json:"eenheid"`
	Kind          string   `json:"soort"`
	Source        string   `json:"bron"`
	Category      string   `json:"categorie"`
	Circumstances []string `json:"omstandigheden"`
	Description   string   `json:"omschrijving,omitempty"`
	// Reporter is the reporter's name as the actor may see it: the name for named
	// reports, ConfidentialReporter for confidential ones (unless the actor is the intake
	// desk and asked to see it, or it was revealed), empty for anonymous ones.
	Reporter       string     `json:"melder"`
	Status         string     `json:"status"`
	ReceivedAt     time.Time  `json:"ontvangen"`
	AcknowledgedAt *time.Time `json:"bevestigd,omitempty"`
	FeedbackAt     *time.Time `json:"teruggekoppeld,omitempty"`
	AckDue         *time.Time `json:"termijn_ontvangstbevestiging,omitempty"`
	FeedbackDue    *time.Time `json:"termijn_terugkoppeling,omitempty"`
	TriageDue      *time.Time `json:"termijn_triage,omitempty"`
	StepDue        *time.Time `json:"termijn_stap,omitempty"`
	StepDueKind    string     `json:"termijn_stap_soort,omitempty"`
	Subjects       []Subject  `json:"betrokkenen"`
	Triage         Triage     `json:"triage"`
	Tracks         []Track    `json:"sporen"`
	Outcome        Outcome    `json:"uitkomst"`
	Learning       Learning   `json:"leerregistratie"`
	Care           *Care      `json:"zorg,omitempty"`
	Framework      *Framework `json:"handelingskader,omitempty"`
	Messages       []Message  `json:"postbus,omitempty"`
	ClosedAt       *time.Time `json:"gesloten,omitempty"`
	CatalogVersion string     `json:"catalogusversie"`
	Version        int        `json:"versie"`
	// What the actor may do, for the pages (the service checks again on every call).
	Can Abilities `json:"mag"`

	reporterRef string
	sealed      string
	revealed    bool
	assignments []Assignment
	trackRows   []Track
}

// Triage is the triage of a case: the checklist's yes answers, the routes it proposes
// with reasons, and the decision with its rationale and four-eyes confirmation.
type Triage struct {
	Checklist    []string   `json:"checklist"`
	Proposed     []string   `json:"voorgesteld"`
	Reasons      []string   `json:"redenen"`
	Routes       []string   `json:"routes"`
	Rationale    string     `json:"motivering,omitempty"`
	DecidedBy    string     `json:"besloten_door,omitempty"`
	DecidedAt    *time.Time `json:"besloten_op,omitempty"`
	ConfirmedBy  string     `json:"bevestigd_door,omitempty"`
	ConfirmedAt  *time.Time `json:"bevestigd_op,omitempty"`
	OMInformedOn *time.Time `json:"om_geinformeerd_op,omitempty"`
}

// Abilities say what the actor may do on a case.
type Abilities struct {
	Intake    bool     `json:"intake"`
	Triage    bool     `json:"triage"`
	Confirm   bool     `json:"bevestigen"`
	Assign    bool     `json:"toewijzen"`
	Transfer  bool     `json:"overdragen"`
	Advise    bool     `json:"adviseren"`
	Decide    bool     `json:"besluiten"`
	Care      bool     `json:"zorg"`
	Close     bool     `json:"sluiten"`
	Framework bool     `json:"handelingskader"`
	Tracks    []string `json:"sporen"`
}
