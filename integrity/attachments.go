package integrity

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"path"
	"regexp"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// MaxAttachment is the largest attachment, in bytes.
const MaxAttachment = 10 << 20

// allowedTypes maps a file extension to the content type it is served with and the types
// its content may sniff as. HTML, SVG and scripts are never accepted.
var allowedTypes = map[string]struct {
	serve string
	sniff []string
}{
	".pdf":  {"application/pdf", []string{"application/pdf"}},
	".png":  {"image/png", []string{"image/png"}},
	".jpg":  {"image/jpeg", []string{"image/jpeg"}},
	".jpeg": {"image/jpeg", []string{"image/jpeg"}},
	".txt":  {"text/plain; charset=utf-8", []string{"text/plain; charset=utf-8"}},
	".docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", []string{"application/zip"}},
	".xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", []string{"application/zip"}},
	".odt":  {"application/vnd.oasis.opendocument.text", []string{"application/zip"}},
	".eml":  {"message/rfc822", []string{"text/plain; charset=utf-8"}},
}

// AllowedExtensions lists the file types an attachment may have.
func AllowedExtensions() string { return ".pdf, .png, .jpg, .jpeg, .txt, .docx, .xlsx, .odt, .eml" }

var safeName = regexp.MustCompile(`[^A-Za-z0-9._ -]+`)

// AddAttachment stores a file in a track's dossier with its SHA-256, after checking its
// size and that its content matches one of the allowed types.
func (s *Service) AddAttachment(ctx context.Context, a access.Actor, number, track, filename string, data []byte) (*Attachment, error) {
	if p, ok := trackPermission[track]; !ok || track == TrackCare || !a.Has(p) {
		return nil, notFound(number)
	}
	name := strings.TrimSpace(safeName.ReplaceAllString(path.Base(strings.ReplaceAll(filename, `\`, "/")), "_"))
	if name == "" || name == "." || len(name) > 200 {
		return nil, stelsel.Invalid("bestand", "bijlage: geef een bestandsnaam van hoogstens 200 tekens")
	}
	if len(data) == 0 {
		return nil, stelsel.Invalid("bestand", "bijlage %s is leeg", name)
	}
	if len(data) > MaxAttachment {
		return nil, stelsel.Invalid("bestand", "bijlage %s is %d bytes; de grens is %d MB", name, len(data), MaxAttachment>>20)
	}
	ext := strings.ToLower(path.Ext(name))
	t, ok := allowedTypes[ext]
	if !ok {
		return nil, stelsel.Invalid("bestand", "bijlage %s: dit soort bestand wordt niet aangenomen (toegestaan: %s)", name, AllowedExtensions())
	}
	sniffed := http.DetectContentType(data)
	match := false
	for _, st := range t.sniff {
		if sniffed == st {
			match = true
		}
	}
	if !match {
		return nil, stelsel.Invalid("bestand", "bijlage %s: de inhoud past niet bij de extensie %s", name, ext)
	}
	sum := sha256.Sum256(data)
	at := &Attachment{Track: track, Filename: name, ContentType: t.serve, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]), Author: a.Username}
	_, err := s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !canTrack(a, c, track) {
			return notFound(number)
		}
		at.CreatedAt = s.clock()
		if err := tx.QueryRow(ctx, `INSERT INTO integrity_attachments (case_id, track, filename, content_type, size, sha256, data, author, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, c.ID, track, at.Filename, at.ContentType, at.Size, at.SHA256, data, at.Author, at.CreatedAt).Scan(&at.ID); err != nil {
			return fmt.Errorf("store attachment of %s: %w", c.Number, err)
		}
		return s.audit(ctx, tx, a, access.ActionCreate, c, track, "bijlage", fmt.Sprintf("bijlage %d %s sha256=%s", at.ID, at.Filename, at.SHA256))
	})
	if err != nil {
		return nil, err
	}
	return at, nil
}

// Attachment returns an attachment with its content, for download; the download is audited.
func (s *Service) Attachment(ctx context.Context, a access.Actor, number string, id int64) (*Attachment, []byte, error) {
	if a.Anonymous() {
		return nil, nil, stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
	}
	c, err := load(ctx, s.db, number)
	if err != nil {
		return nil, nil, err
	}
	at := &Attachment{ID: id}
	var data []byte
	err = s.db.QueryRow(ctx, `SELECT track, filename, content_type, size, sha256, author, created_at, data FROM integrity_attachments WHERE id = ? AND case_id = ?`,
		id, c.ID).Scan(&at.Track, &at.Filename, &at.ContentType, &at.Size, &at.SHA256, &at.Author, &at.CreatedAt, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound(number)
	} else if err != nil {
		return nil, nil, fmt.Errorf("read attachment: %w", err)
	}
	if !canTrack(a, c, at.Track) {
		return nil, nil, notFound(number)
	}
	if err := s.record(ctx, a, access.ActionExport, c, at.Track, "download", fmt.Sprintf("bijlage %d %s", id, at.Filename)); err != nil {
		return nil, nil, err
	}
	return at, data, nil
}
