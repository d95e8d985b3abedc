-- Scheduled jobs that must run once for all instances sharing the database (clean-ups now; harvests
-- and alerts later): whoever takes the lease runs the job; a lease that ran out (its instance died)
-- is taken over. last_run says when the job last finished, so a period is kept across instances.
CREATE TABLE job_lease (
  job         VARCHAR(100) NOT NULL,
  holder      CHAR(36),
  lease_until TIMESTAMP(3) NOT NULL,
  last_run    TIMESTAMP(3),
  PRIMARY KEY (job)
) ${table_options};
