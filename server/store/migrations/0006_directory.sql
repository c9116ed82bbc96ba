-- The published directory (issue 20): a manager uploads a spreadsheet, sees a preview, then
-- publishes it; the inbox serves the latest publish at /directory.json for the widget's finder.

-- An upload waiting for Publish: what the import made of the file (the good rows as Waymark JSON,
-- and each problem), so the preview can be shown again and published without the file.
CREATE TABLE directory_uploads (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uploaded_at   timestamptz NOT NULL,
  uploaded_by   bigint NOT NULL REFERENCES staff_users (id),
  file_name     text NOT NULL,
  -- { activities, problems, rows, unreachable }: core's CsvImport, as JSON.
  result        jsonb NOT NULL,
  published_at  timestamptz
);

-- Every publish, kept: the newest is what /directory.json serves, and an earlier one can be put
-- back by publishing it again (a new row, so the history only grows). `body` is the exact bytes
-- served, so the ETag (a hash of them) is strong.
CREATE TABLE directory_versions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  published_at    timestamptz NOT NULL,
  published_by    bigint NOT NULL REFERENCES staff_users (id),
  upload_id       bigint REFERENCES directory_uploads (id),
  -- Set when this publish put back an earlier version.
  restored_from   bigint REFERENCES directory_versions (id),
  activity_count  integer NOT NULL,
  body            text NOT NULL,
  etag            text NOT NULL
);
