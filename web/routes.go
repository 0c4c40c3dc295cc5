package web

import (
	"io/fs"
	"net/http"
)

// routes wires every route of stelsel. State-changing routes go through protect
// (cross-origin protection); pages that need a login through needLogin.
func (s *Server) routes(mux *http.ServeMux) {
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", cacheStatic(http.StripPrefix("/static/", http.FileServerFS(static))))
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.Handle("GET /metrics", s.handleMetrics())

	// Login and logout.
	mux.HandleFunc("GET /login", s.handleLoginForm)
	mux.Handle("POST /login", s.protect(s.handleLogin))
	mux.Handle("POST /logout", s.protect(s.handleLogout))
	mux.HandleFunc("GET /login/oidc", s.handleOIDCStart)
	mux.HandleFunc("GET /login/oidc/callback", s.handleOIDCCallback)
	mux.HandleFunc("GET /{$}", s.needLogin(s.handleHome))

	// The public algorithm card (no login, no case data).
	mux.HandleFunc("GET /algoritme", s.handleAlgorithm)
	mux.HandleFunc("GET /algoritme.json", s.apiAlgorithm)

	// Audit trail (auditors).
	mux.HandleFunc("GET /audit", s.needLogin(s.handleAudit))
	mux.HandleFunc("GET /audit/regels.csv", s.needLogin(s.handleAuditDownload))

	// User administration (administrators).
	mux.HandleFunc("GET /beheer/gebruikers", s.needLogin(s.handleUsers))
	mux.Handle("POST /beheer/gebruikers", s.protect(s.needLogin(s.handleUserAdd)))
	mux.Handle("POST /beheer/gebruikers/{username}/rol", s.protect(s.needLogin(s.handleUserRole)))
	mux.HandleFunc("GET /beheer/gebruikers/{username}/uitschakelen", s.needLogin(s.handleUserDisableForm))
	mux.Handle("POST /beheer/gebruikers/{username}/uitschakelen", s.protect(s.needLogin(s.handleUserDisable)))
	mux.Handle("POST /beheer/gebruikers/{username}/inschakelen", s.protect(s.needLogin(s.handleUserEnable)))
	mux.Handle("POST /beheer/tokens/{id}/intrekken", s.protect(s.needLogin(s.handleTokenRevoke)))

	// Own API tokens (every logged-in user; tokens are made only by their owner).
	mux.HandleFunc("GET /mijn/tokens", s.needLogin(s.handleOwnTokens))
	mux.HandleFunc("GET /mijn/wachtwoord", s.needLogin(s.handlePasswordForm))
	mux.Handle("POST /mijn/wachtwoord", s.protect(s.needLogin(s.handlePasswordChange)))
	mux.Handle("POST /mijn/tokens", s.protect(s.needLogin(s.handleOwnTokenCreate)))
	mux.Handle("POST /mijn/tokens/{id}/intrekken", s.protect(s.needLogin(s.handleOwnTokenRevoke)))

	// Review workbench.
	mux.HandleFunc("GET /werkbak", s.needLogin(s.handleQueue))
	mux.HandleFunc("GET /werkbak/volgende", s.needLogin(s.handleNext))
	mux.HandleFunc("GET /werkbak/vorige", s.needLogin(s.handlePrev))
	mux.Handle("POST /werkbak/beoordelingen", s.protect(s.needLogin(s.handleBulkDecide)))
	mux.HandleFunc("GET /registraties/{number}", s.needLogin(s.handleRegistration))
	mux.Handle("POST /registraties/{number}/beoordeling", s.protect(s.needLogin(s.handleDecide)))
	mux.Handle("POST /registraties/{number}/bevestiging", s.protect(s.needLogin(s.handleConfirm)))
	mux.Handle("POST /registraties/{number}/ongedaan", s.protect(s.needLogin(s.handleUndo)))
	mux.Handle("POST /registraties/{number}/opvolging", s.protect(s.needLogin(s.handleFollowUp)))
	mux.HandleFunc("GET /eenheden", s.needLogin(s.handleUnits))
	mux.HandleFunc("GET /eenheden/{unit}", s.needLogin(s.handleUnitList))
	mux.HandleFunc("GET /eenheden/{unit}/registraties", s.needLogin(s.handleUnitSearch))
	mux.HandleFunc("GET /eenheden/{unit}/lijst.csv", s.needLogin(s.handleUnitListDownload("csv")))
	mux.HandleFunc("GET /eenheden/{unit}/lijst.xlsx", s.needLogin(s.handleUnitListDownload("xlsx")))
	mux.HandleFunc("GET /export", s.needLogin(s.handleExport))
	mux.HandleFunc("GET /export/codes.csv", s.needLogin(s.handleExportDownload))
	mux.HandleFunc("GET /lexicon", s.needLogin(s.handleLexicon))
	// The sample of unflagged registrations (recall, issue 11.6).
	mux.HandleFunc("GET /steekproef", s.needLogin(s.handleSamples))
	mux.Handle("POST /steekproef", s.protect(s.needLogin(s.handleSampleDraw)))
	mux.HandleFunc("GET /steekproef/{id}", s.needLogin(s.handleSample))
	mux.Handle("POST /lexicon/voorstellen", s.protect(s.needLogin(s.handleLexiconUpload)))
	mux.HandleFunc("GET /lexicon/voorstellen/{id}", s.needLogin(s.handleLexiconCandidate))
	mux.Handle("POST /lexicon/voorstellen/{id}/activeren", s.protect(s.needLogin(s.handleLexiconActivate)))

	// Figures (package report).
	mux.HandleFunc("GET /cijfers", s.needLogin(s.handleFigures))
	mux.HandleFunc("GET /cijfers/tabellen/{table}", s.needLogin(s.handleFigureTable))
	mux.Handle("POST /cijfers/vaststellen", s.protect(s.needLogin(s.handleEstablish)))
	mux.HandleFunc("GET /cijfers/vastgesteld/{id}", s.needLogin(s.handleSnapshot))
	mux.HandleFunc("GET /cijfers/odihr", s.needLogin(s.handleODIHR))
	mux.HandleFunc("GET /cijfers/trends", s.needLogin(s.handleTrends))
	mux.HandleFunc("GET /cijfers/herhaling", s.needLogin(s.handleRepeats))
	mux.HandleFunc("GET /cijfers/toezeggingen", s.needLogin(s.handleCommitments))
	mux.HandleFunc("GET /cijfers/halfjaar", s.needLogin(s.handleHalfYear))
	mux.Handle("POST /cijfers/toezeggingen/{code}/status", s.protect(s.needLogin(s.handleCommitmentStatus)))
	mux.Handle("POST /cijfers/toezeggingen/{code}/besteding", s.protect(s.needLogin(s.handleCommitmentSpending)))
	mux.HandleFunc("GET /eenheden/{unit}/rdo", s.needLogin(s.handleRDO))

	// Integrity system (VIK). /melden and /melden/postbus are public: anonymous reporters.
	mux.HandleFunc("GET /melden", s.needIntegrity(s.handleMeldenForm))
	mux.Handle("POST /melden", s.protect(s.needIntegrity(s.handleMelden)))
	mux.HandleFunc("GET /melden/postbus", s.needIntegrity(s.handlePostboxForm))
	mux.Handle("POST /melden/postbus", s.protect(s.needIntegrity(s.handlePostbox)))
	mux.Handle("POST /melden/postbus/{reply}", s.protect(s.needIntegrity(s.handlePostbox)))
	mux.HandleFunc("GET /integriteit", s.needLogin(s.needIntegrity(s.handleIntegrity)))
	mux.HandleFunc("GET /integriteit/melden", s.needLogin(s.needIntegrity(s.handleIntegrityReportForm)))
	mux.Handle("POST /integriteit/melden", s.protect(s.needLogin(s.needIntegrity(s.handleIntegrityReport))))
	mux.HandleFunc("GET /integriteit/mijn", s.needLogin(s.needIntegrity(s.handleIntegrityMine)))
	mux.Handle("POST /integriteit/mijn/{number}/bericht", s.protect(s.needLogin(s.needIntegrity(s.handleIntegrityMineReply))))
	mux.HandleFunc("GET /integriteit/signalen", s.needLogin(s.needIntegrity(s.handleIntegritySignals)))
	mux.HandleFunc("GET /integriteit/zaken/{number}", s.needLogin(s.needIntegrity(s.handleIntegrityCase)))
	mux.HandleFunc("GET /integriteit/zaken/{number}/bijlagen/{id}", s.needLogin(s.needIntegrity(s.handleIntegrityDownload)))
	mux.Handle("POST /integriteit/zaken/{number}/bijlage", s.protect(s.needLogin(s.needIntegrity(s.handleIntegrityUpload))))
	mux.Handle("POST /integriteit/zaken/{number}/identiteit", s.protect(s.needLogin(s.needIntegrity(s.handleIntegrityIdentity))))
	mux.Handle("POST /integriteit/zaken/{number}/{action}", s.protect(s.needLogin(s.needIntegrity(s.handleIntegrityAction))))
	mux.HandleFunc("GET /api/v1/integriteit/zaken", s.needLogin(s.needIntegrity(s.apiIntegrityList)))
	mux.Handle("POST /api/v1/integriteit/zaken", s.protect(s.needLogin(s.needIntegrity(s.apiIntegrityReport))))
	mux.HandleFunc("GET /api/v1/integriteit/zaken/{number}", s.needLogin(s.needIntegrity(s.apiIntegrityCase)))
	mux.Handle("POST /api/v1/integriteit/zaken/{number}/{action}", s.protect(s.needLogin(s.needIntegrity(s.apiIntegrityAction))))
	mux.HandleFunc("GET /api/v1/integriteit/termijnen", s.needLogin(s.needIntegrity(s.apiIntegrityDeadlines)))
	mux.HandleFunc("GET /api/v1/integriteit/signalen", s.needLogin(s.needIntegrity(s.apiIntegritySignals)))
	mux.HandleFunc("GET /api/v1/integriteit/cijfers", s.needLogin(s.needIntegrity(s.apiIntegrityFigures)))
	mux.HandleFunc("GET /api/v1/integriteit/mijn", s.needLogin(s.needIntegrity(s.apiIntegrityMine)))
	mux.Handle("POST /api/v1/integriteit/melden", s.protect(s.needIntegrity(s.apiMelden)))
	mux.Handle("POST /api/v1/integriteit/postbus", s.protect(s.needIntegrity(s.apiPostbox)))

	// Complaints: the public form (no login) and the complaints staff's pages.
	mux.HandleFunc("GET /klacht", s.handlePublicComplaintForm)
	mux.Handle("POST /klacht", s.protect(s.handlePublicComplaint))
	mux.HandleFunc("GET /klachten", s.needLogin(s.handleComplaints))
	mux.HandleFunc("GET /klachten/nieuw", s.needLogin(s.handleComplaintNew))
	mux.Handle("POST /klachten", s.protect(s.needLogin(s.handleComplaintRegister)))
	mux.HandleFunc("GET /klachten/cijfers", s.needLogin(s.handleComplaintFigures))
	mux.HandleFunc("GET /klachten/{ref}", s.needLogin(s.handleComplaint))
	mux.Handle("POST /klachten/{ref}/{stap}", s.protect(s.needLogin(s.handleComplaintStep)))
	mux.HandleFunc("GET /klachten/{ref}/brieven/{id}", s.needLogin(s.handleComplaintLetter))

	// Help desks (lokettenwijzer): the overview, the guide, the public page of external desks.
	mux.HandleFunc("GET /loketten", s.needLogin(s.handleDesks))
	mux.HandleFunc("GET /loketten/publiek", s.handlePublicDesks)
	mux.HandleFunc("GET /loketten/wijzer", s.needLogin(s.handleGuide))
	mux.HandleFunc("GET /loketten/nieuw", s.needLogin(s.handleDeskEditForm))
	mux.Handle("POST /loketten", s.protect(s.needLogin(s.handleDeskSave)))
	mux.HandleFunc("GET /loketten/{code}", s.needLogin(s.handleDesk))
	mux.HandleFunc("GET /loketten/{code}/bewerken", s.needLogin(s.handleDeskEditForm))
	mux.Handle("POST /loketten/{code}", s.protect(s.needLogin(s.handleDeskSave)))

	// JSON API.
	mux.HandleFunc("GET /api/v1/openapi.json", s.handleOpenAPI)
	mux.HandleFunc("GET /api/v1/me", s.needLogin(s.apiMe))
	mux.HandleFunc("GET /api/v1/audit", s.needLogin(s.apiAudit))
	mux.HandleFunc("GET /api/v1/werkbak", s.needLogin(s.apiQueue))
	mux.HandleFunc("GET /api/v1/registraties/{number}", s.needLogin(s.apiRegistration))
	mux.Handle("POST /api/v1/registraties/{number}/beoordelingen", s.protect(s.needLogin(s.apiDecide)))
	mux.Handle("POST /api/v1/registraties/{number}/bevestiging", s.protect(s.needLogin(s.apiConfirm)))
	mux.Handle("POST /api/v1/registraties/{number}/ongedaan", s.protect(s.needLogin(s.apiUndo)))
	mux.HandleFunc("GET /api/v1/registraties/{number}/rangschikking", s.needLogin(s.apiRankExplanation))
	mux.HandleFunc("GET /api/v1/eenheden/{unit}/lijst", s.needLogin(s.apiUnitList))
	mux.HandleFunc("GET /api/v1/eenheden/{unit}/registraties", s.needLogin(s.apiUnitSearch))
	mux.HandleFunc("GET /api/v1/codes", s.needLogin(s.apiCodes))
	mux.HandleFunc("GET /api/v1/lexicon", s.needLogin(s.apiLexicon))
	mux.HandleFunc("GET /api/v1/steekproeven", s.needLogin(s.apiSamples))
	mux.Handle("POST /api/v1/steekproeven", s.protect(s.needLogin(s.apiSampleDraw)))
	mux.HandleFunc("GET /api/v1/steekproeven/{id}", s.needLogin(s.apiSample))
	mux.HandleFunc("GET /api/v1/cijfers/jaar/{year}", s.needLogin(s.apiFigures))
	mux.HandleFunc("GET /api/v1/cijfers/vastgesteld", s.needLogin(s.apiSnapshots))
	mux.HandleFunc("GET /api/v1/cijfers/odihr/{year}", s.needLogin(s.apiODIHR))
	mux.HandleFunc("GET /api/v1/cijfers/trends", s.needLogin(s.apiTrends))
	mux.HandleFunc("GET /api/v1/cijfers/herhaling", s.needLogin(s.apiRepeats))
	mux.HandleFunc("GET /api/v1/cijfers/toezeggingen", s.needLogin(s.apiCommitments))
	mux.HandleFunc("GET /api/v1/cijfers/halfjaar", s.needLogin(s.apiHalfYear))
	mux.HandleFunc("GET /api/v1/eenheden/{unit}/rdo", s.needLogin(s.apiRDO))
	mux.HandleFunc("GET /api/v1/klachten", s.needLogin(s.apiComplaints))
	mux.Handle("POST /api/v1/klachten", s.protect(s.needLogin(s.apiComplaintRegister)))
	mux.HandleFunc("GET /api/v1/klachten/cijfers", s.needLogin(s.apiComplaintFigures))
	mux.HandleFunc("GET /api/v1/klachten/{ref}", s.needLogin(s.apiComplaint))
	mux.Handle("POST /api/v1/klachten/{ref}/{stap}", s.protect(s.needLogin(s.apiComplaintStep)))
	mux.HandleFunc("GET /api/v1/loketten", s.needLogin(s.apiDesks))
	mux.HandleFunc("GET /api/v1/loketten/{code}", s.needLogin(s.apiDesk))
	mux.Handle("POST /api/v1/loketten/{code}", s.protect(s.needLogin(s.apiDeskEdit)))
	mux.HandleFunc("/api/", s.notFoundOr405(mux))

	mux.HandleFunc("/", s.notFoundOr405(mux))
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
