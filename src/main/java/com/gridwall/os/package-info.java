/** What the project asks of the operating system beyond the JDK's portable API (thread priority). JDK only. */
package com.gridwall.os;
