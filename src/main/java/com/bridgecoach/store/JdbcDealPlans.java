package com.bridgecoach.store;

import com.bridgecoach.coach.KeptRecords;
import com.bridgecoach.content.CascadeStage;
import com.bridgecoach.content.ClinicalStatus;
import com.bridgecoach.content.ItStatus;
import com.bridgecoach.content.PatternId;
import com.bridgecoach.deals.DealPlan;
import com.bridgecoach.deals.DealPlans;
import com.bridgecoach.deals.PlanChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Deal plans and their history in the store; versions and claims keep several replicas consistent. */
public final class JdbcDealPlans implements DealPlans, KeptRecords {
    private static final String COLUMNS = "channel_id, clinical_status, it_status, pattern, cascade_stage, message_ts, version, updated_at";
    private final Database db;

    public JdbcDealPlans(Database db) {
        this.db = db;
    }

    @Override
    public Optional<DealPlan> find(String channelId) {
        try (Connection c = db.readers().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deal_plans WHERE channel_id = ?")) {
            s.setString(1, channelId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(plan(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read a deal plan", e);
        }
    }

    @Override
    public DealPlan createIfAbsent(DealPlan plan) {
        String sql = "INSERT INTO deal_plans (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?, ?) ON CONFLICT (channel_id) DO NOTHING";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, plan.channelId());
            s.setString(2, plan.clinical().id());
            s.setString(3, plan.it().id());
            s.setString(4, plan.pattern().id());
            s.setString(5, plan.stage().id());
            s.setLong(6, plan.version());
            s.setLong(7, plan.updatedAt().toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not create a deal plan", e);
        }
        return find(plan.channelId()).orElseThrow(() -> new IllegalStateException("a deal plan vanished as it was created"));
    }

    @Override
    public boolean save(DealPlan updated, long expectedVersion, PlanChange change) {
        try {
            return Transactions.inTransaction(db, c -> {
                int rows;
                try (PreparedStatement s = c.prepareStatement("UPDATE deal_plans SET clinical_status = ?, it_status = ?, pattern = ?,"
                        + " cascade_stage = ?, version = ?, updated_at = ? WHERE channel_id = ? AND version = ?")) {
                    s.setString(1, updated.clinical().id());
                    s.setString(2, updated.it().id());
                    s.setString(3, updated.pattern().id());
                    s.setString(4, updated.stage().id());
                    s.setLong(5, updated.version());
                    s.setLong(6, updated.updatedAt().toEpochMilli());
                    s.setString(7, updated.channelId());
                    s.setLong(8, expectedVersion);
                    rows = s.executeUpdate();
                }
                if (rows != 1) {
                    return false;
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO deal_plan_changes"
                        + " (id, channel_id, field, old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, ThreadLocalRandom.current().nextLong(Long.MAX_VALUE));
                    s.setString(2, change.channelId());
                    s.setString(3, change.field());
                    s.setString(4, change.from());
                    s.setString(5, change.to());
                    s.setString(6, change.changedBy().isEmpty() ? null : change.changedBy());
                    s.setLong(7, change.at().toEpochMilli());
                    s.executeUpdate();
                }
                return true;
            });
        } catch (SQLException e) {
            throw new StoreException("could not save a deal plan", e);
        }
    }

    @Override
    public boolean claimMessage(String channelId, Instant at, Instant staleBefore) {
        String sql = "UPDATE deal_plans SET message_claimed_at = ? WHERE channel_id = ? AND message_ts IS NULL"
                + " AND (message_claimed_at IS NULL OR message_claimed_at < ?)";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, channelId);
            s.setLong(3, staleBefore.toEpochMilli());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("could not claim the plan message", e);
        }
    }

    @Override
    public void setMessage(String channelId, String messageTs) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE deal_plans SET message_ts = ?, message_claimed_at = NULL WHERE channel_id = ?")) {
            s.setString(1, messageTs == null || messageTs.isEmpty() ? null : messageTs);
            s.setString(2, channelId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not record the plan message", e);
        }
    }

    @Override
    public List<PlanChange> changes(String channelId) {
        String sql = "SELECT channel_id, field, old_value, new_value, changed_by, changed_at FROM deal_plan_changes"
                + " WHERE channel_id = ? ORDER BY changed_at, id";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, channelId);
            List<PlanChange> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlanChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read plan changes", e);
        }
    }

    /** The plans stay for the team; the rep's name comes off every change they made. */
    @Override
    public int forget(String userId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE deal_plan_changes SET changed_by = NULL WHERE changed_by = ?")) {
            s.setString(1, userId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not anonymise plan changes", e);
        }
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM deal_plan_changes WHERE changed_at < ?")) {
            s.setLong(1, cutoff.toEpochMilli());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not purge plan changes", e);
        }
    }

    private static DealPlan plan(ResultSet rs) throws SQLException {
        return new DealPlan(rs.getString(1),
                ClinicalStatus.find(rs.getString(2)).orElse(ClinicalStatus.NOT_ENGAGED),
                ItStatus.find(rs.getString(3)).orElse(ItStatus.NOT_ENGAGED),
                PatternId.find(rs.getString(4)).orElse(PatternId.UNCLEAR),
                CascadeStage.find(rs.getString(5)).orElse(CascadeStage.FEASIBILITY_CHECK),
                rs.getString(6), rs.getLong(7), Instant.ofEpochMilli(rs.getLong(8)));
    }
}
