package org.renkei.datagen;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --renkei.generate.patients=100000 --renkei.generate.members=20000}: generates the data, logs what
 * it wrote and exits (see docs/benchmarks.md for the command). With {@code --renkei.generate.load-rooms=1000
 * --renkei.generate.messages=10000000}: rooms of eight members for the load harness, and messages.
 */
@Component
@ConditionalOnExpression(
        "'${renkei.generate.patients:}' != '' or '${renkei.generate.load-rooms:}' != ''")
@Order(100)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final DataGenerator generator;
    private final Environment environment;
    private final ApplicationContext context;

    GenerateCommand(DataGenerator generator, Environment environment, ApplicationContext context) {
        this.generator = generator;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int patients = environment.getProperty("renkei.generate.patients", Integer.class, 0);
        if (patients > 0) {
            int members = environment.getProperty("renkei.generate.members", Integer.class, Math.max(100, patients / 5));
            long seed = environment.getProperty("renkei.generate.seed", Long.class, 42L);
            DataGenerator.Result result = generator.generate(patients, members, seed);
            log.info("Generated: {}", result);
        }
        int rooms = environment.getProperty("renkei.generate.load-rooms", Integer.class, 0);
        long messages = environment.getProperty("renkei.generate.messages", Long.class, 0L);
        if (rooms > 0 || messages > 0) {
            Path manifest = Path.of(environment.getProperty("renkei.generate.manifest", "target/bench/load-rooms.csv"));
            log.info("Generated: {}", generator.generateLoad(rooms, messages, manifest));
        }
        if (environment.getProperty("renkei.generate.exit", Boolean.class, true)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
