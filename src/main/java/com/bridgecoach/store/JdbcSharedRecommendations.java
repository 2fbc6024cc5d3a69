package com.bridgecoach.store;

import com.bridgecoach.coach.KeptRecords;
import com.bridgecoach.coach.Reply;
import com.bridgecoach.deals.SharedRecommendation;
import com.bridgecoach.deals.SharedRecommendations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared recommendations in the store; the primary key on share_key makes a click share once across replicas. */
public final class JdbcSharedRecommendations implements SharedRecommendations, KeptRecords {
    private static final int MAX_TITLE = 400;
    private final Database db;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcSharedRecommendations(Database db) {
        this.db = db;
    }

    @Override
    public boolean claim(SharedRecommendation share) {
        String sql = "INSERT INTO shared_recommendations (share_key, user_id, channel_id, kind, title, reply_json, message_ts, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (share_key) DO NOTHING";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, share.shareKey());
            s.setString(2, share.sharedBy());
            s.setString(3, share.channelId());
            s.setString(4, share.kind());
            s.setString(5, share.title().length() > MAX_TITLE ? share.title().substring(0, MAX_TITLE) : share.title());
            s.setString(6, json.writeValueAsString(share.reply()));
            s.setLong(7, share.sharedAt().toEpochMilli());
            return s.executeUpdate() == 1;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("could not record a share", e);
        }
    }

    @Override
    public void confirm(String shareKey, String messageTs) {
        update("UPDATE shared_recommendations SET message_ts = ? WHERE share_key = ?", messageTs, shareKey);
    }

    @Override
    public void release(String shareKey) {
        update("DELETE FROM shared_recommendations WHERE share_key = ? AND message_ts IS NULL", shareKey);
    }

    @Override
    public List<SharedRecommendation> recentBy(String userId, int limit) {
        String sql = "SELECT share_key, user_id, channel_id, kind, title, reply_json, message_ts, created_at FROM shared_recommendations"
                + " WHERE user_id = ? AND message_ts IS NOT NULL ORDER BY created_at DESC, share_key LIMIT ?";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, userId);
            s.setInt(2, limit);
            List<SharedRecommendation> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new SharedRecommendation(rs.getString(1), rs.getString(4), rs.getString(5),
                            json.readValue(rs.getString(6), Reply.class), rs.getString(2), rs.getString(3),
                            rs.getString(7), Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("could not read shares", e);
        }
    }

    @Override
    public int forget(String userId) {
        return update("DELETE FROM shared_recommendations WHERE user_id = ?", userId);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM shared_recommendations WHERE created_at < ?")) {
            s.setLong(1, cutoff.toEpochMilli());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not purge shares", e);
        }
    }

    private int update(String sql, String... values) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not update shares", e);
        }
    }
}
