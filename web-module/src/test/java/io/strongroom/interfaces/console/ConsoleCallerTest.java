package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConsoleCallerTest {

    @Test
    void principalArnNamesTheUserInTheRegionAccount() {
        assertEquals("arn:aws:iam::111122223333:user/admin", ConsoleCaller.principalArn("111122223333", "admin"));
    }
}
