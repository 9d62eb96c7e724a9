-- A year of accountability data for the benchmark tenant, set-based (run by YearOfData.cs on one connection, after it
-- filled the temporary table bench_params: tenant, first and last day, the admin's user id, the home region).
-- Pseudo-random choices come from hashes of the rows' keys, so the same tenant gets the same shape every time.
-- Foreign-key triggers are off during the load (session_replication_role): the rows are consistent by construction.
-- YearOfData.cs drops the secondary indexes of the two big tables before and rebuilds them after.

SET session_replication_role = replica;
SET TimeZone = 'UTC';
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

-- Working days (Monday to Friday, not a tenant holiday), rank 0 = the last day.
CREATE TEMP TABLE bench_days AS
SELECT d::date AS d, (row_number() OVER (ORDER BY d DESC) - 1)::int AS r
FROM bench_params p, generate_series(p.first_day, p.last_day, interval '1 day') d
WHERE extract(isodow FROM d) < 6
  AND NOT EXISTS (SELECT 1 FROM "Holidays" h WHERE h."TenantId" = p.tenant AND h."Date" = d::date);

-- Active employees with their direct superior, agency (the top-level unit: the first segment of the unit's path),
-- travel category and a hash to draw from.
CREATE TEMP TABLE bench_emp AS
SELECT e."Id" AS id, e."SupervisorId" AS sup, e."Name" AS name, e."Nip" AS nip, e."Title" AS title,
       substr(u."Path", 1, 32)::uuid AS agency,
       CASE WHEN e."Level" IN ('Jpt', 'Administrator', 'Supervisor') THEN 'Structural'
            WHEN e."Employment" = 'NonAsn' THEN 'NonAsn' ELSE 'FunctionalOrGeneral' END AS category,
       abs(hashtextextended(e."Id"::text, 0)) AS h
FROM bench_params p
JOIN "Employees" e ON e."TenantId" = p.tenant AND e."IsActive"
JOIN "OrgUnits" u ON u."Id" = e."UnitId";

CREATE TEMP TABLE bench_agencies AS
SELECT u."Id" AS id, u."HeadId" AS head, u."Code" AS code, row_number() OVER (ORDER BY u."Code") AS n
FROM bench_params p JOIN "OrgUnits" u ON u."TenantId" = p.tenant AND u."ParentId" IS NULL;

-- The Sekda: the head of the unit of type Secretariat.
CREATE TEMP TABLE bench_sekda AS
SELECT u."HeadId" AS id FROM bench_params p JOIN "OrgUnits" u ON u."TenantId" = p.tenant AND u."Type" = 'Secretariat' AND u."HeadId" IS NOT NULL
ORDER BY u."Path" LIMIT 1;

-- Performance targets: 2 to 4 a year per employee, agreed by the superior in January.
CREATE TEMP TABLE bench_targets AS
SELECT gen_random_uuid() AS id, e.id AS employee, e.sup, y.year, k::int AS k, (2 + (e.h + y.year) % 3)::int AS n
FROM bench_emp e
CROSS JOIN (SELECT DISTINCT extract(year FROM d)::int AS year FROM bench_days) y
CROSS JOIN LATERAL generate_series(1, (2 + (e.h + y.year) % 3)::int) k;
CREATE INDEX ON bench_targets (employee, year);

INSERT INTO "PerformanceTargets" ("Id", "TenantId", "EmployeeId", "Year", "Title", "Quantity", "Unit", "Status", "AgreedBy", "AgreedAt", "Comment")
SELECT t.id, p.tenant, t.employee, t.year,
       (ARRAY['Tersusunnya laporan kinerja bidang tepat waktu', 'Terlaksananya pelayanan administrasi perkantoran',
              'Terkelolanya arsip dinas secara tertib', 'Tersedianya data kepegawaian yang mutakhir',
              'Terlaksananya koordinasi program dengan perangkat daerah', 'Tersusunnya bahan kebijakan pimpinan'])[1 + (t.k + t.n) % 6],
       12 * t.k, (ARRAY['laporan', 'dokumen', 'kegiatan', 'berkas'])[1 + t.k % 4], 'Agreed', t.sup,
       make_timestamptz(t.year, 1, 15, 2, 0, 0, 'UTC'), NULL
FROM bench_targets t, bench_params p;

-- Daily reports: one per employee and working day. Today's is a draft; the last 5 working days' mostly wait for
-- review; older ones are mostly approved, a few returned, left as drafts or never reviewed; some were sent late.
INSERT INTO "DailyReports" ("Id", "TenantId", "EmployeeId", "WorkDate", "Status", "SubmittedAt", "Late", "ReviewedBy", "ReviewedAt", "ReturnComment", "UpdatedAt")
SELECT gen_random_uuid(), s.tenant, s.employee, s.d, s.status, s.submitted, s.late,
       CASE WHEN s.status IN ('Approved', 'Returned') THEN s.sup END,
       CASE WHEN s.status IN ('Approved', 'Returned') THEN s.submitted + interval '20 hours' END,
       CASE WHEN s.status = 'Returned' THEN 'Lengkapi uraian kegiatan dan jumlah keluaran sesuai sasaran kinerja.' END,
       CASE WHEN s.status IN ('Approved', 'Returned') THEN s.submitted + interval '20 hours'
            ELSE coalesce(s.submitted, s.d + time '03:00') END
FROM (
  SELECT p.tenant, e.id AS employee, e.sup, d.d, st.status, st.late,
         CASE WHEN st.status <> 'Draft' THEN (d.d + time '08:00') + CASE WHEN st.late THEN (1 + x.x % 3) * interval '1 day' ELSE interval '0' END END AS submitted
  FROM bench_params p
  CROSS JOIN bench_emp e
  CROSS JOIN bench_days d
  CROSS JOIN LATERAL (SELECT (abs(hashtextextended(e.id::text || d.d::text, 1)) % 1000)::int AS x) x
  CROSS JOIN LATERAL (SELECT
      CASE WHEN d.r = 0 THEN 'Draft'
           WHEN d.r <= 5 THEN CASE WHEN x.x < 30 THEN 'Draft' ELSE 'Submitted' END
           WHEN x.x < 15 THEN 'Draft' WHEN x.x < 25 THEN 'Returned' WHEN x.x < 35 THEN 'Submitted'
           ELSE 'Approved' END AS status,
      d.r > 5 AND x.x >= 15 AND (x.x * 7) % 100 < 8 AS late) st
) s;

-- One to four activities per report, two hours apart; seven in ten count toward one of the year's targets.
INSERT INTO "ReportActivities" ("Id", "TenantId", "ReportId", "Start", "End", "Description", "Quantity", "Unit", "TargetId")
SELECT gen_random_uuid(), r."TenantId", r."Id",
       time '07:30' + (i - 1) * interval '2 hours', time '09:15' + (i - 1) * interval '2 hours',
       (ARRAY['Menyusun laporan bulanan kegiatan bidang dan menyampaikannya kepada atasan',
              'Mengikuti rapat koordinasi daring dengan perangkat daerah terkait',
              'Memverifikasi berkas usulan kenaikan pangkat pegawai',
              'Menginput data kepegawaian ke aplikasi SIMPEG',
              'Menyiapkan bahan paparan pimpinan untuk rapat evaluasi',
              'Melayani konsultasi masyarakat melalui telepon dan WhatsApp',
              'Mengoreksi draf nota dinas dan surat keluar',
              'Mengarsipkan surat masuk dan surat keluar',
              'Menyusun rencana kerja minggu depan',
              'Memantau pelaksanaan kegiatan lapangan secara daring',
              'Menyusun notulen rapat dan menyebarkannya kepada peserta',
              'Mengolah data capaian kinerja triwulan'])[(1 + (r.h + i) % 12)::int],
       1 + (r.h + i) % 5, (ARRAY['laporan', 'dokumen', 'kegiatan', 'berkas'])[(1 + (r.h + i) % 4)::int],
       t.id
FROM (SELECT dr."Id", dr."TenantId", dr."EmployeeId", extract(year FROM dr."WorkDate")::int AS year, abs(hashtextextended(dr."Id"::text, 2)) AS h
      FROM "DailyReports" dr, bench_params p WHERE dr."TenantId" = p.tenant) r
CROSS JOIN LATERAL generate_series(1, (1 + r.h % 4)::int) i
LEFT JOIN bench_targets t ON t.employee = r."EmployeeId" AND t.year = r.year AND (r.h + i) % 10 < 7 AND t.k = 1 + (r.h + i) % t.n;

-- Travel permits: one to three per employee over the year (two on average), mixed purpose and destination,
-- mostly approved; the last days' still pending.
CREATE TEMP TABLE bench_permits AS
SELECT q.*,
       CASE WHEN q.purpose = 'Official' THEN ARRAY['DirectSuperior', 'AgencyHead', 'RegionHead'] ELSE ARRAY['DirectSuperior', 'AgencyHead'] END
         || CASE WHEN q.high_risk THEN ARRAY['Sekda'] ELSE ARRAY[]::text[] END AS chain
FROM (
  SELECT gen_random_uuid() AS id, e.id AS employee, e.sup, e.agency, e.category, x.x,
         p.first_day + (x.x % (p.last_day - p.first_day + 1))::int AS leaves,
         p.first_day + (x.x % (p.last_day - p.first_day + 1))::int + ((x.x / 7) % 5)::int AS returns,
         CASE WHEN x.x % 100 < 60 THEN 'Official' WHEN x.x % 100 < 85 THEN 'Family' ELSE 'Personal' END AS purpose,
         (x.x / 100) % 100 < 85 AS out_of_region,
         (x.x / 100) % 100 < 85 AND (x.x / 10000) % 20 = 0 AS high_risk,
         CASE WHEN p.first_day + (x.x % (p.last_day - p.first_day + 1))::int > p.last_day - 3 THEN 'Pending'
              WHEN (x.x / 13) % 100 < 85 THEN 'Approved' WHEN (x.x / 13) % 100 < 90 THEN 'Rejected'
              WHEN (x.x / 13) % 100 < 95 THEN 'Withdrawn' WHEN (x.x / 13) % 100 < 97 THEN 'Unapproved' ELSE 'Approved' END AS status,
         (1 + (x.x / 3) % 9)::int AS destination
  FROM bench_params p
  CROSS JOIN bench_emp e
  CROSS JOIN LATERAL generate_series(1, (1 + e.h % 3)::int) k
  CROSS JOIN LATERAL (SELECT abs(hashtextextended(e.id::text || k::text, 3)) % 100000000 AS x) x
) q;

INSERT INTO "TravelPermits" ("Id", "TenantId", "EmployeeId", "AgencyId", "Category", "Purpose", "DestinationCode", "DestinationName",
  "LeavesOn", "ReturnsOn", "Reason", "Emergency", "Contact", "OutOfRegion", "HighRisk", "Status", "Chain", "StepsApproved",
  "ApprovedAfterDeparture", "RequestedAt", "RequestedBy", "ClosedAt", "ReturnedOn", "ReturnConfirmedAt", "QuarantineUntil")
SELECT t.id, p.tenant, t.employee, t.agency, t.category, t.purpose,
       CASE WHEN t.out_of_region THEN (ARRAY['64.72', '64.71', '31.71', '63.71', '73.71', '35.78', '64.08', '62.71', '64.74'])[t.destination] ELSE p.home_region END,
       CASE WHEN t.out_of_region THEN (ARRAY['Kota Samarinda, Kalimantan Timur', 'Kota Balikpapan, Kalimantan Timur', 'Kota Jakarta Pusat, DKI Jakarta',
            'Kota Banjarmasin, Kalimantan Selatan', 'Kota Makassar, Sulawesi Selatan', 'Kota Surabaya, Jawa Timur',
            'Kabupaten Kutai Timur, Kalimantan Timur', 'Kota Palangka Raya, Kalimantan Tengah', 'Kota Bontang, Kalimantan Timur'])[t.destination]
            ELSE 'Dalam daerah' END,
       t.leaves, t.returns,
       CASE t.purpose WHEN 'Official' THEN 'Menghadiri rapat koordinasi dan konsultasi program di instansi tujuan'
                      WHEN 'Family' THEN 'Menjenguk orang tua yang sedang sakit' ELSE 'Keperluan pribadi mengurus dokumen keluarga' END,
       false, '0812' || lpad((t.x % 100000000)::text, 8, '0'), t.out_of_region, t.high_risk, t.status,
       CASE WHEN t.status = 'Unapproved' THEN ARRAY[]::text[] ELSE t.chain END,
       CASE t.status WHEN 'Approved' THEN cardinality(t.chain) WHEN 'Rejected' THEN (t.x % cardinality(t.chain))::int
                     WHEN 'Pending' THEN (t.x % cardinality(t.chain))::int ELSE 0 END,
       false, (t.leaves - 5) + time '01:30', p.admin,
       CASE WHEN t.status IN ('Approved', 'Rejected', 'Withdrawn') THEN (t.leaves - 3) + time '04:00' END,
       CASE WHEN t.status IN ('Approved', 'Unapproved') AND t.returns < p.last_day THEN t.returns END,
       CASE WHEN t.status IN ('Approved', 'Unapproved') AND t.returns < p.last_day THEN t.returns + time '10:00' END,
       NULL
FROM bench_permits t, bench_params p;

-- Decisions: each approved step, and the rejection of a rejected permit.
INSERT INTO "TravelDecisions" ("Id", "TenantId", "PermitId", "StepIndex", "Step", "Approved", "Comment", "DecidedByUser", "DecidedByEmployee", "DecidedAt")
SELECT gen_random_uuid(), p.tenant, t.id, s.i, t.chain[s.i + 1], s.approved,
       CASE WHEN s.approved THEN NULL ELSE 'Tugas kantor tidak dapat ditinggalkan pada tanggal tersebut.' END,
       p.admin,
       CASE t.chain[s.i + 1] WHEN 'DirectSuperior' THEN t.sup WHEN 'AgencyHead' THEN a.head WHEN 'Sekda' THEN (SELECT id FROM bench_sekda) END,
       (t.leaves - 5) + time '01:30' + (s.i + 1) * interval '3 hours'
FROM bench_permits t
JOIN bench_params p ON true
LEFT JOIN bench_agencies a ON a.id = t.agency
CROSS JOIN LATERAL (
  SELECT i, true AS approved FROM generate_series(0, CASE t.status WHEN 'Approved' THEN cardinality(t.chain)
      WHEN 'Rejected' THEN (t.x % cardinality(t.chain))::int WHEN 'Pending' THEN (t.x % cardinality(t.chain))::int ELSE 0 END - 1) i
  UNION ALL
  SELECT (t.x % cardinality(t.chain))::int, false WHERE t.status = 'Rejected'
) s;

-- Every agency goes to the Sekda through an Asisten (round robin), unless routes were set.
INSERT INTO "RecapRoutes" ("AgencyId", "TenantId", "AsistenId")
SELECT a.id, p.tenant, s.id
FROM bench_params p, bench_agencies a
JOIN (SELECT e.id, row_number() OVER (ORDER BY e.nip) - 1 AS n, count(*) OVER () AS c FROM bench_emp e WHERE e.title ILIKE 'Asisten%') s
  ON s.n = a.n % s.c
WHERE NOT EXISTS (SELECT 1 FROM "RecapRoutes" r WHERE r."TenantId" = p.tenant);

INSERT INTO "TravelSettings" ("TenantId", "HomeRegionCode", "OfficialChain", "PrivateChain", "HighRiskExtraStep", "EmergencyGraceHours", "QuarantineDaysAfterHighRisk")
SELECT p.tenant, p.home_region, ARRAY['DirectSuperior', 'AgencyHead', 'RegionHead'], ARRAY['DirectSuperior', 'AgencyHead'], 'Sekda', 72, 0
FROM bench_params p
WHERE NOT EXISTS (SELECT 1 FROM "TravelSettings" s WHERE s."TenantId" = p.tenant);

-- Signed recaps of past months: most agencies' older months (forwarded), four in ten of last month (signed off);
-- their lines are the month's approved or recorded trips out of the region, fixed as signed.
CREATE TEMP TABLE bench_recaps AS
SELECT gen_random_uuid() AS id, a.id AS agency, a.code, m::date AS month, (m + interval '1 month' - interval '1 day')::date AS month_last,
       m::date = (date_trunc('month', p.last_day) - interval '1 month')::date AS last_month, a.head
FROM bench_params p
CROSS JOIN bench_agencies a
CROSS JOIN generate_series(date_trunc('month', p.first_day) + interval '1 month', date_trunc('month', p.last_day) - interval '1 month', interval '1 month') m
WHERE abs(hashtextextended(a.id::text || m::date::text, 4)) % 10 <
      CASE WHEN m::date = (date_trunc('month', p.last_day) - interval '1 month')::date THEN 4 ELSE 8 END;

INSERT INTO "TravelRecaps" ("Id", "TenantId", "AgencyId", "Month", "Status", "Number", "SignedOffBy", "SignerName", "SignerTitle", "SignerNip",
  "SignedOffAt", "AsistenId", "ForwardedAt", "ForwardedBy")
SELECT r.id, p.tenant, r.agency, r.month, CASE WHEN r.last_month THEN 'SignedOff' ELSE 'Forwarded' END,
       '800/' || extract(month FROM r.month) || '/' || r.code || '/' || extract(year FROM r.month),
       r.head, h.name, h.title, h.nip, r.month_last + time '08:00', route."AsistenId",
       CASE WHEN r.last_month THEN NULL ELSE r.month_last + interval '2 days' + time '02:00' END,
       CASE WHEN r.last_month THEN NULL ELSE route."AsistenId" END
FROM bench_recaps r
JOIN bench_params p ON true
LEFT JOIN bench_emp h ON h.id = r.head
LEFT JOIN "RecapRoutes" route ON route."AgencyId" = r.agency;

INSERT INTO "TravelRecapLines" ("Id", "TenantId", "RecapId", "PermitId", "EmployeeName", "Nip", "PositionTitle", "Category", "Purpose",
  "PermitStatus", "DestinationName", "LeavesOn", "ReturnsOn")
SELECT gen_random_uuid(), p.tenant, r.id, t."Id", e.name, e.nip, e.title, t."Category", t."Purpose", t."Status", t."DestinationName", t."LeavesOn", t."ReturnsOn"
FROM bench_recaps r
JOIN bench_params p ON true
JOIN "TravelPermits" t ON t."TenantId" = p.tenant AND t."AgencyId" = r.agency AND t."OutOfRegion" AND t."Status" IN ('Approved', 'Unapproved')
     AND t."LeavesOn" <= r.month_last AND t."ReturnsOn" >= r.month
JOIN bench_emp e ON e.id = t."EmployeeId";

SET session_replication_role = origin;
