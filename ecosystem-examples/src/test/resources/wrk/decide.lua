-- wrk script: POST one decision request to /v1/decide, again and again.
-- The flagship's fan community after a run of promotion: the balance rule decides, so the
-- answer carries a reason, an overridden rule and the measured share (a typical, not a trivial,
-- decision).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"community":"crafters-club","action":"announce-deal","recentActivity":{"promote":8,"converse":2}}'
