package access

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"stelsel"
	"stelsel/db"
)

// OIDCConfig configures login through an OpenID Connect provider (the police's SSO).
// The provider is the source of truth for role and units: they are mapped from claims of
// the ID token at every login.
type OIDCConfig struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	RedirectURL  string   // stelsel's callback, e.g. https://stelsel.example/login/oidc/callback
	Scopes       []string // extra scopes besides openid, profile, email
	// UsernameClaim names the claim used as stelsel username (default preferred_username).
	UsernameClaim string
	// RoleClaim names a claim (string or list of strings) whose values RoleMap maps to
	// roles. When several values map, the first role in Roles order wins.
	RoleClaim string
	RoleMap   map[string]Role
	// UnitClaim names a claim (string or list) holding unit codes; UnitMap optionally
	// translates its values to unit codes (values not in the map are used as they are).
	UnitClaim string
	UnitMap   map[string]string
	// HTTPClient is used to talk to the provider; nil means http.DefaultClient.
	HTTPClient *http.Client
}

// OIDC logs users in through an OpenID Connect provider with the authorization code flow
// (PKCE and nonce).
type OIDC struct {
	cfg      OIDCConfig
	oauth    oauth2.Config
	verifier *oidc.IDTokenVerifier
	users    *Users
	trail    *Trail
}

// NewOIDC discovers the provider at cfg.Issuer.
func NewOIDC(ctx context.Context, cfg OIDCConfig, users *Users) (*OIDC, error) {
	if cfg.Issuer == "" || cfg.ClientID == "" || cfg.RedirectURL == "" {
		return nil, stelsel.Invalid("oidc", "OIDC vraagt een issuer, client-id en redirect-URL")
	}
	if cfg.RoleClaim == "" || len(cfg.RoleMap) == 0 {
		return nil, stelsel.Invalid("oidc", "OIDC vraagt een claim en een vertaling naar rollen (bijvoorbeeld groups: ecadp=analist)")
	}
	for v, r := range cfg.RoleMap {
		if !r.Valid() || r == RoleSystem {
			return nil, stelsel.Invalid("oidc", "claimwaarde %q wijst naar onbekende rol %q", v, r)
		}
	}
	if cfg.UsernameClaim == "" {
		cfg.UsernameClaim = "preferred_username"
	}
	if cfg.HTTPClient != nil {
		ctx = oidc.ClientContext(ctx, cfg.HTTPClient)
	}
	p, err := oidc.NewProvider(ctx, cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("discover OIDC provider %s: %w", cfg.Issuer, err)
	}
	return &OIDC{
		cfg: cfg,
		oauth: oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret, RedirectURL: cfg.RedirectURL,
			Endpoint: p.Endpoint(), Scopes: append([]string{oidc.ScopeOpenID, "profile", "email"}, cfg.Scopes...)},
		verifier: p.Verifier(&oidc.Config{ClientID: cfg.ClientID}),
		users:    users,
		trail:    users.trail,
	}, nil
}

// AuthURL returns the provider's login URL for a login attempt identified by state, with
// the nonce expected in the ID token and the PKCE verifier of the attempt.
func (o *OIDC) AuthURL(state, nonce, verifier string) string {
	return o.oauth.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier))
}

// NewLoginSecrets returns fresh random state, nonce and PKCE verifier for one attempt.
func NewLoginSecrets() (state, nonce, verifier string, err error) {
	if state, _, err = newToken(""); err != nil {
		return
	}
	if nonce, _, err = newToken(""); err != nil {
		return
	}
	return state, nonce, oauth2.GenerateVerifier(), nil
}

// Callback completes a login: it exchanges the code, verifies the ID token and its nonce,
// maps the claims to role and units, and creates or updates the user. A disabled user or
// one without a mapped role is refused, and the refusal audited.
func (o *OIDC) Callback(ctx context.Context, code, nonce, verifier string) (User, error) {
	if o.cfg.HTTPClient != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, o.cfg.HTTPClient)
	}
	tok, err := o.oauth.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return User{}, fmt.Errorf("%w: %w", stelsel.Errorf(stelsel.EUNAUTHORIZED, "inloggen via de identiteitsprovider is mislukt"), err)
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		return User{}, stelsel.Errorf(stelsel.EUNAUTHORIZED, "de identiteitsprovider gaf geen ID-token")
	}
	idt, err := o.verifier.Verify(ctx, raw)
	if err != nil {
		return User{}, fmt.Errorf("%w: %w", stelsel.Errorf(stelsel.EUNAUTHORIZED, "het ID-token is ongeldig"), err)
	}
	if idt.Nonce != nonce {
		return User{}, stelsel.Errorf(stelsel.EUNAUTHORIZED, "het ID-token hoort niet bij deze inlogpoging")
	}
	var claims map[string]any
	if err := idt.Claims(&claims); err != nil {
		return User{}, fmt.Errorf("read ID token claims: %w", err)
	}
	return o.provision(ctx, idt.Issuer+"|"+idt.Subject, claims)
}

// MapClaims returns the username, name, role and units the claims give.
func (o *OIDC) MapClaims(claims map[string]any) (username, name string, role Role, units []string, err error) {
	username, _ = claims[o.cfg.UsernameClaim].(string)
	username = strings.ToLower(strings.TrimSpace(username))
	if !usernamePattern.MatchString(username) {
		return "", "", "", nil, stelsel.Errorf(stelsel.EFORBIDDEN, "de identiteitsprovider gaf geen bruikbare gebruikersnaam (claim %s)", o.cfg.UsernameClaim)
	}
	name, _ = claims["name"].(string)
	if name == "" {
		name = username
	}
	values := claimStrings(claims[o.cfg.RoleClaim])
	for _, r := range Roles {
		for _, v := range values {
			if o.cfg.RoleMap[v] == r {
				role = r
				break
			}
		}
		if role != "" {
			break
		}
	}
	if role == "" {
		return "", "", "", nil, stelsel.Errorf(stelsel.EFORBIDDEN, "uw account heeft geen rol in stelsel; vraag de beheerder om toegang")
	}
	if o.cfg.UnitClaim != "" {
		for _, v := range claimStrings(claims[o.cfg.UnitClaim]) {
			if m, ok := o.cfg.UnitMap[v]; ok {
				v = m
			}
			units = append(units, v)
		}
	}
	units = normUnits(units)
	if role != RoleOfficer && role != RoleDetective {
		units = nil
	}
	if err := o.users.validate([]Role{role}, units); err != nil {
		return "", "", "", nil, stelsel.Errorf(stelsel.EFORBIDDEN, "de rol of eenheid van uw account klopt niet: %s", stelsel.ErrorMessage(err))
	}
	return username, name, role, units, nil
}

func claimStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func (o *OIDC) provision(ctx context.Context, subject string, claims map[string]any) (User, error) {
	username, name, role, units, err := o.MapClaims(claims)
	if err != nil {
		u, _ := claims[o.cfg.UsernameClaim].(string)
		if aerr := o.trail.Record(ctx, Actor{Username: u}, Entry{Action: ActionLogin, ObjectKind: "user", ObjectID: u, Detail: "geweigerd via oidc: " + stelsel.ErrorMessage(err)}); aerr != nil {
			return User{}, aerr
		}
		return User{}, err
	}
	now := o.users.now().UTC().Truncate(time.Microsecond)
	var u User
	err = o.users.db.InTx(ctx, func(tx *db.Tx) error {
		var err error
		u, _, err = scanUser(tx.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE oidc_subject = ?`, subject))
		switch {
		case errors.Is(err, sql.ErrNoRows):
			u = User{Username: username, Name: name, Role: role, Roles: []Role{role}, Units: units, OIDCSubject: subject, CreatedAt: now}
			err = tx.QueryRow(ctx, `INSERT INTO users (username, name, role, roles, units, oidc_subject, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
				username, name, string(role), string(role), strings.Join(units, ","), subject, now).Scan(&u.ID)
			if db.IsUniqueViolation(err) {
				return stelsel.Errorf(stelsel.ECONFLICT, "gebruikersnaam %s bestaat al als lokaal account; vraag de beheerder het te koppelen", username)
			} else if err != nil {
				return fmt.Errorf("create OIDC user: %w", err)
			}
			return o.trail.Append(ctx, tx, System("oidc"), Entry{Action: ActionCreate, ObjectKind: "user", ObjectID: username,
				Detail: fmt.Sprintf("via oidc rol=%s eenheden=%s", role, strings.Join(units, ","))})
		case err != nil:
			return fmt.Errorf("read OIDC user: %w", err)
		case u.Disabled:
			return stelsel.Errorf(stelsel.EUNAUTHORIZED, "dit account is uitgeschakeld")
		}
		if u.Role == role && slices.Equal(u.Units, units) && u.Name == name {
			return nil
		}
		// The identity provider's role replaces the primary role; further roles given in
		// stelsel stay.
		roles := append([]Role{role}, slices.DeleteFunc(slices.Clone(u.Roles), func(x Role) bool { return x == role || x == u.Role })...)
		u.Role, u.Roles, u.Units, u.Name = role, roles, units, name
		if _, err := tx.Exec(ctx, `UPDATE users SET role = ?, roles = ?, units = ?, name = ? WHERE id = ?`, string(role), JoinRoles(roles), strings.Join(units, ","), name, u.ID); err != nil {
			return fmt.Errorf("update OIDC user: %w", err)
		}
		return o.trail.Append(ctx, tx, System("oidc"), Entry{Action: ActionChange, ObjectKind: "user", ObjectID: u.Username,
			Detail: fmt.Sprintf("via oidc rol=%s eenheden=%s", role, strings.Join(units, ","))})
	})
	return u, err
}
