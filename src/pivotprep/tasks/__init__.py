"""Heavy work of server mode (judging, SQL runs) as tasks on a RabbitMQ queue, run by
`pivotprep worker` processes against the submitting learner's schema."""
