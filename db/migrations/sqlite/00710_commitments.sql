-- +goose Up
-- Commitments (toezeggingen) and motions to parliament with their status history and the
-- money earmarked and spent per year (package report). Seeded from the annex to the first
-- half-year report 2023 (seed/halfjaarbericht-politie-2023-bijlage-3.txt).
CREATE TABLE commitments (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,              -- toezegging | motie
    title      TEXT NOT NULL,
    reference  TEXT NOT NULL DEFAULT '',   -- Kamerstuk or debate
    member     TEXT NOT NULL DEFAULT '',   -- the member of parliament
    owner      TEXT NOT NULL,
    due        TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD, '' when none
    status     TEXT NOT NULL,              -- open | in_uitvoering | afgedaan | vervallen
    updated_at TIMESTAMP NOT NULL
);

-- commitment_events is the status history; rows are never changed.
CREATE TABLE commitment_events (
    id            INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    at            TIMESTAMP NOT NULL,
    status        TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    actor         TEXT NOT NULL
);
CREATE INDEX commitment_events_by ON commitment_events (commitment_id, id);

-- commitment_budgets is the money per year in euros: earmarked, and spent when known.
CREATE TABLE commitment_budgets (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    year          INTEGER NOT NULL,
    earmarked     BIGINT NOT NULL,
    spent         BIGINT,
    PRIMARY KEY (commitment_id, year)
);

INSERT INTO commitments (id, code, kind, title, reference, member, owner, due, status, updated_at) VALUES
 (1, 'T-2023-01', 'toezegging', 'Ingaan op de lopende trajecten tegen discriminatie en racisme binnen de politieorganisatie', 'Plenair debat discriminatie en racisme in de politieorganisatie, 9 mei 2023', '', 'Minister van Justitie en Veiligheid', '2023-07-01', 'afgedaan', '2023-07-01 00:00:00'),
 (2, 'T-2023-02', 'toezegging', 'Nut en noodzaak van een sociaal veiligheidsplan', 'Plenair debat 9 mei 2023', 'Mutluer', 'Minister van Justitie en Veiligheid', '2023-07-01', 'afgedaan', '2023-07-01 00:00:00'),
 (3, 'T-2023-03', 'toezegging', 'Borging van de externe monitoring van het plan van aanpak uitsluiting, discriminatie en racisme', 'Plenair debat 9 mei 2023', '', 'Minister van Justitie en Veiligheid', '2023-07-01', 'afgedaan', '2023-07-01 00:00:00'),
 (4, 'T-2023-04', 'toezegging', 'Terugkoppeling over verzoening en eerherstel van de deelnemers van de Blauwe Familie', 'Plenair debat 9 mei 2023', '', 'Korpsleiding politie', '2023-12-31', 'in_uitvoering', '2023-07-01 00:00:00'),
 (5, 'T-2023-05', 'toezegging', 'Educatieve maatregelen naast een straf, zonder wijziging van het BARP', 'Plenair debat 9 mei 2023', '', 'Minister van Justitie en Veiligheid', '2023-07-01', 'afgedaan', '2023-07-01 00:00:00'),
 (6, 'T-2023-06', 'toezegging', 'Voldoende tijd voor het Netwerk Divers Vakmanschap naast de functie', 'Plenair debat 9 mei 2023', '', 'Korpsleiding politie', '2023-12-31', 'in_uitvoering', '2023-07-01 00:00:00'),
 (7, 'T-2023-07', 'toezegging', 'Duiding van de gewijzigde vertrekcijfers in het rapport ''Daarom stappen zij op''', 'Plenair debat 9 mei 2023', 'Azarkan', 'Minister van Justitie en Veiligheid', '2023-07-01', 'afgedaan', '2023-07-01 00:00:00'),
 (8, 'T-2023-08', 'toezegging', 'Vergoeding van zorgkosten bij psychische klachten anders dan PTSS door uitsluiting en pesten', 'Plenair debat 9 mei 2023', 'Azarkan', 'Minister van Justitie en Veiligheid', '2023-07-01', 'afgedaan', '2023-07-01 00:00:00'),
 (9, 'M-VANDERWERF', 'motie', 'Externe monitoring door een bestaand instituut', 'Motie Van der Werf', 'Van der Werf', 'Minister van Justitie en Veiligheid', '2023-12-31', 'in_uitvoering', '2023-07-01 00:00:00'),
 (10, 'M-MUTLUER-VANNISPEN', 'motie', 'Weerbaarheidsscan bij de politie', 'Kamerstukken II 2021/22, 29628, nr. 1112', 'Van Nispen, Mutluer', 'Korpsleiding politie', '2024-06-30', 'in_uitvoering', '2023-07-01 00:00:00'),
 (11, 'M-HERMANS', 'motie', 'Aanpak van geweld tegen LHBTIQ+-personen', 'Kamerstukken II 2021/22, 35925, nr. 13', 'Hermans', 'Korpsleiding politie', '2025-12-31', 'in_uitvoering', '2023-07-01 00:00:00'),
 (12, 'M-PATERNOTTE', 'motie', 'Expertise Centrum Aanpak Discriminatie - Politie (ECAD-P), pilot', 'Motie Paternotte c.s.', 'Paternotte c.s.', 'Korpsleiding politie', '2025-12-31', 'in_uitvoering', '2023-07-01 00:00:00');

INSERT INTO commitment_events (commitment_id, at, status, note, actor)
SELECT id, '2023-05-09 00:00:00', 'open', 'Vastgelegd', 'seed' FROM commitments WHERE kind = 'toezegging';
INSERT INTO commitment_events (commitment_id, at, status, note, actor)
SELECT id, '2023-07-01 00:00:00', status, 'Eerste Halfjaarbericht politie 2023, bijlage 3', 'seed' FROM commitments;

INSERT INTO commitment_budgets (commitment_id, year, earmarked, spent) VALUES
 (11, 2022, 2000000, NULL), (11, 2023, 2000000, NULL), (11, 2024, 2000000, NULL), (11, 2025, 2000000, NULL),
 (12, 2021, 1500000, NULL), (12, 2022, 1500000, NULL), (12, 2023, 1500000, NULL), (12, 2024, 1500000, NULL), (12, 2025, 1000000, NULL);

-- +goose Down
DROP TABLE commitment_budgets;
DROP TABLE commitment_events;
DROP TABLE commitments;
