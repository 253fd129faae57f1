package org.classbell.notifier.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.classbell.store.Timestamps;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.school.School;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the outbox for the administration: the messages written in a period by channel
 * and status now, the opt-outs of the period, and the SMS segments spent each day.
 */
@Repository
public class DeliveryFigures {

	private final JdbcClient jdbc;

	DeliveryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public DeliveryReport of(School school, DayRange period) {
		Map<Channel, ChannelDelivery> found = new EnumMap<>(Channel.class);
		this.jdbc.sql("""
				select channel,
				       count(*) filter (where status in ('sent', 'delivered')) as sent,
				       count(*) filter (where status = 'delivered') as delivered,
				       count(*) filter (where status = 'failed') as failed,
				       count(*) filter (where status = 'cancelled') as cancelled,
				       count(*) filter (where status in ('queued', 'sending')) as waiting
				from notification
				where school_id = :school and created_at >= :start and created_at < :end
				group by channel
				""")
			.param("school", school.id().value())
			.param("start", Timestamps.of(period.start(school.timeZone())))
			.param("end", Timestamps.of(period.end(school.timeZone())))
			.query((row, index) -> new ChannelDelivery(Channel.of(row.getString("channel")), row.getInt("sent"),
					row.getInt("delivered"), row.getInt("failed"), row.getInt("cancelled"), row.getInt("waiting")))
			.list()
			.forEach((channel) -> found.put(channel.channel(), channel));
		List<ChannelDelivery> channels = List.of(Channel.values())
			.stream()
			.map((channel) -> found.getOrDefault(channel, new ChannelDelivery(channel, 0, 0, 0, 0, 0)))
			.toList();
		ChannelDelivery total = channels.stream()
			.reduce(new ChannelDelivery(null, 0, 0, 0, 0, 0), ChannelDelivery::plus);
		int optOuts = this.jdbc.sql("""
				select count(*) from guardian
				where school_id = :school and opted_out_at >= :start and opted_out_at < :end
				""")
			.param("school", school.id().value())
			.param("start", Timestamps.of(period.start(school.timeZone())))
			.param("end", Timestamps.of(period.end(school.timeZone())))
			.query(Integer.class)
			.single();
		return new DeliveryReport(period, channels, total, optOuts, smsSegments(school, period));
	}

	/**
	 * Each day of the period and each channel (every day and channel, with or without
	 * messages), in day and channel order: the messages written that day by their status
	 * now.
	 */
	public List<DailyDelivery> daily(School school, DayRange period) {
		return this.jdbc.sql("""
				with written as (
				    select cast(created_at at time zone :zone as date) as day, channel,
				           count(*) filter (where status in ('sent', 'delivered')) as sent,
				           count(*) filter (where status = 'delivered') as delivered,
				           count(*) filter (where status = 'failed') as failed
				    from notification
				    where school_id = :school and created_at >= :start and created_at < :end
				    group by 1, 2
				)
				select cast(g as date) as day, c.channel, coalesce(w.sent, 0) as sent,
				       coalesce(w.delivered, 0) as delivered, coalesce(w.failed, 0) as failed
				from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as g
				cross join (values ('telegram', 1), ('max', 2), ('sms', 3)) as c(channel, position)
				left join written w on w.day = cast(g as date) and w.channel = c.channel
				order by 1, c.position
				""")
			.param("zone", school.timeZone().getId())
			.param("school", school.id().value())
			.param("start", Timestamps.of(period.start(school.timeZone())))
			.param("end", Timestamps.of(period.end(school.timeZone())))
			.param("from", period.from())
			.param("to", period.to())
			.query((row, index) -> new DailyDelivery(row.getObject("day", java.time.LocalDate.class),
					Channel.of(row.getString("channel")), row.getInt("sent"), row.getInt("delivered"),
					row.getInt("failed")))
			.list();
	}

	/**
	 * The segments of the SMS sent (and delivered or not) each day of the period.
	 */
	public SmsSegments smsSegments(School school, DayRange period) {
		return SmsSegments.of(this.jdbc.sql("""
				with spent as (
				    select cast(sent_at at time zone :zone as date) as day, sum(segments) as segments
				    from notification
				    where school_id = :school and channel = 'sms' and status in ('sent', 'delivered')
				      and sent_at >= :start and sent_at < :end
				    group by 1
				)
				select cast(g as date) as day, coalesce(s.segments, 0) as segments
				from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as g
				left join spent s on s.day = cast(g as date)
				order by 1
				""")
			.param("zone", school.timeZone().getId())
			.param("school", school.id().value())
			.param("start", Timestamps.of(period.start(school.timeZone())))
			.param("end", Timestamps.of(period.end(school.timeZone())))
			.param("from", period.from())
			.param("to", period.to())
			.query((row, index) -> new SmsSegments.Day(row.getObject("day", java.time.LocalDate.class),
					row.getInt("segments")))
			.list());
	}

}
