-- The staff list's poll (every half second, each open tab) asks for the latest change to any
-- referral: max(greatest(updated_at, status_at)). With this index that is one index probe, not a
-- scan of every referral (store/worklist.ts, listVersion).
CREATE INDEX referrals_changed_at_idx ON referrals ((greatest(updated_at, status_at)));
