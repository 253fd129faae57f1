package org.classbell;

import java.time.Clock;
import java.util.Arrays;

import org.classbell.app.backups.RestoreCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * ClassBell: the messaging side of a school's electronic class journal.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ClassBellApplication {

	/**
	 * Runs the service; or, with {@code restore <backup file>}, restores a backup and
	 * exits.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && RestoreCommand.NAME.equals(args[0])) {
			System
				.exit(new RestoreCommand(System.out, Clock.systemUTC()).run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(ClassBellApplication.class, args);
	}

}
